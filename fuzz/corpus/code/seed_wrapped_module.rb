	require "set"

module Big
  def run_0(x)
    y = x + 0

    y *= 2
    y
  end

  def run_1(x)
    y = x + 1

    y *= 2
    y
  end

  def run_2(x)
    y = x + 2

    y *= 2
    y
  end

  def run_3(x)
    y = x + 3

    y *= 2
    y
  end

  def run_4(x)
    y = x + 4

    y *= 2
    y
  end

  def run_5(x)
    y = x + 5

    y *= 2
    y
  end

  def run_6(x)
    y = x + 6

    y *= 2
    y
  end

  def run_7(x)
    y = x + 7

    y *= 2
    y
  end

  def run_8(x)
    y = x + 8

    y *= 2
    y
  end

  def run_9(x)
    y = x + 9

    y *= 2
    y
  end

  def run_10(x)
    y = x + 10

    y *= 2
    y
  end

  def run_11(x)
    y = x + 11

    y *= 2
    y
  end

  def run_12(x)
    y = x + 12

    y *= 2
    y
  end

  def run_13(x)
    y = x + 13

    y *= 2
    y
  end

  def run_14(x)
    y = x + 14

    y *= 2
    y
  end

  def run_15(x)
    y = x + 15

    y *= 2
    y
  end

  def run_16(x)
    y = x + 16

    y *= 2
    y
  end

  def run_17(x)
    y = x + 17

    y *= 2
    y
  end

  def run_18(x)
    y = x + 18

    y *= 2
    y
  end

  def run_19(x)
    y = x + 19

    y *= 2
    y
  end

  def run_20(x)
    y = x + 20

    y *= 2
    y
  end

  def run_21(x)
    y = x + 21

    y *= 2
    y
  end

  def run_22(x)
    y = x + 22

    y *= 2
    y
  end

  def run_23(x)
    y = x + 23

    y *= 2
    y
  end

  def run_24(x)
    y = x + 24

    y *= 2
    y
  end

  def run_25(x)
    y = x + 25

    y *= 2
    y
  end

  def run_26(x)
    y = x + 26

    y *= 2
    y
  end

  def run_27(x)
    y = x + 27

    y *= 2
    y
  end

  def run_28(x)
    y = x + 28

    y *= 2
    y
  end

  def run_29(x)
    y = x + 29

    y *= 2
    y
  end

  def run_30(x)
    y = x + 30

    y *= 2
    y
  end

  def run_31(x)
    y = x + 31

    y *= 2
    y
  end

  def run_32(x)
    y = x + 32

    y *= 2
    y
  end

  def run_33(x)
    y = x + 33

    y *= 2
    y
  end

  def run_34(x)
    y = x + 34

    y *= 2
    y
  end

  def run_35(x)
    y = x + 35

    y *= 2
    y
  end

  def run_36(x)
    y = x + 36

    y *= 2
    y
  end

  def run_37(x)
    y = x + 37

    y *= 2
    y
  end

  def run_38(x)
    y = x + 38

    y *= 2
    y
  end

  def run_39(x)
    y = x + 39

    y *= 2
    y
  end

  def run_40(x)
    y = x + 40

    y *= 2
    y
  end

  def run_41(x)
    y = x + 41

    y *= 2
    y
  end

  def run_42(x)
    y = x + 42

    y *= 2
    y
  end

  def run_43(x)
    y = x + 43

    y *= 2
    y
  end

  def run_44(x)
    y = x + 44

    y *= 2
    y
  end

  def run_45(x)
    y = x + 45

    y *= 2
    y
  end

  def run_46(x)
    y = x + 46

    y *= 2
    y
  end

  def run_47(x)
    y = x + 47

    y *= 2
    y
  end

  def run_48(x)
    y = x + 48

    y *= 2
    y
  end

  def run_49(x)
    y = x + 49

    y *= 2
    y
  end

  def run_50(x)
    y = x + 50

    y *= 2
    y
  end

  def run_51(x)
    y = x + 51

    y *= 2
    y
  end

  def run_52(x)
    y = x + 52

    y *= 2
    y
  end

  def run_53(x)
    y = x + 53

    y *= 2
    y
  end

  def run_54(x)
    y = x + 54

    y *= 2
    y
  end

  def run_55(x)
    y = x + 55

    y *= 2
    y
  end

  def run_56(x)
    y = x + 56

    y *= 2
    y
  end

  def run_57(x)
    y = x + 57

    y *= 2
    y
  end

  def run_58(x)
    y = x + 58

    y *= 2
    y
  end

  def run_59(x)
    y = x + 59

    y *= 2
    y
  end

  def run_60(x)
    y = x + 60

    y *= 2
    y
  end

  def run_61(x)
    y = x + 61

    y *= 2
    y
  end

  def run_62(x)
    y = x + 62

    y *= 2
    y
  end

  def run_63(x)
    y = x + 63

    y *= 2
    y
  end

  def run_64(x)
    y = x + 64

    y *= 2
    y
  end

  def run_65(x)
    y = x + 65

    y *= 2
    y
  end

  def run_66(x)
    y = x + 66

    y *= 2
    y
  end

  def run_67(x)
    y = x + 67

    y *= 2
    y
  end

  def run_68(x)
    y = x + 68

    y *= 2
    y
  end

  def run_69(x)
    y = x + 69

    y *= 2
    y
  end

  def run_70(x)
    y = x + 70

    y *= 2
    y
  end

  def run_71(x)
    y = x + 71

    y *= 2
    y
  end

  def run_72(x)
    y = x + 72

    y *= 2
    y
  end

  def run_73(x)
    y = x + 73

    y *= 2
    y
  end

  def run_74(x)
    y = x + 74

    y *= 2
    y
  end

  def run_75(x)
    y = x + 75

    y *= 2
    y
  end

  def run_76(x)
    y = x + 76

    y *= 2
    y
  end

  def run_77(x)
    y = x + 77

    y *= 2
    y
  end

  def run_78(x)
    y = x + 78

    y *= 2
    y
  end

  def run_79(x)
    y = x + 79

    y *= 2
    y
  end

  def run_80(x)
    y = x + 80

    y *= 2
    y
  end

  def run_81(x)
    y = x + 81

    y *= 2
    y
  end

  def run_82(x)
    y = x + 82

    y *= 2
    y
  end

  def run_83(x)
    y = x + 83

    y *= 2
    y
  end

  def run_84(x)
    y = x + 84

    y *= 2
    y
  end

  def run_85(x)
    y = x + 85

    y *= 2
    y
  end

  def run_86(x)
    y = x + 86

    y *= 2
    y
  end

  def run_87(x)
    y = x + 87

    y *= 2
    y
  end

  def run_88(x)
    y = x + 88

    y *= 2
    y
  end

  def run_89(x)
    y = x + 89

    y *= 2
    y
  end

  def run_90(x)
    y = x + 90

    y *= 2
    y
  end

  def run_91(x)
    y = x + 91

    y *= 2
    y
  end

  def run_92(x)
    y = x + 92

    y *= 2
    y
  end

  def run_93(x)
    y = x + 93

    y *= 2
    y
  end

  def run_94(x)
    y = x + 94

    y *= 2
    y
  end

  def run_95(x)
    y = x + 95

    y *= 2
    y
  end

  def run_96(x)
    y = x + 96

    y *= 2
    y
  end

  def run_97(x)
    y = x + 97

    y *= 2
    y
  end

  def run_98(x)
    y = x + 98

    y *= 2
    y
  end

  def run_99(x)
    y = x + 99

    y *= 2
    y
  end

  def run_100(x)
    y = x + 100

    y *= 2
    y
  end

  def run_101(x)
    y = x + 101

    y *= 2
    y
  end

  def run_102(x)
    y = x + 102

    y *= 2
    y
  end

  def run_103(x)
    y = x + 103

    y *= 2
    y
  end

  def run_104(x)
    y = x + 104

    y *= 2
    y
  end

  def run_105(x)
    y = x + 105

    y *= 2
    y
  end

  def run_106(x)
    y = x + 106

    y *= 2
    y
  end

  def run_107(x)
    y = x + 107

    y *= 2
    y
  end

  def run_108(x)
    y = x + 108

    y *= 2
    y
  end

  def run_109(x)
    y = x + 109

    y *= 2
    y
  end

  def run_110(x)
    y = x + 110

    y *= 2
    y
  end

  def run_111(x)
    y = x + 111

    y *= 2
    y
  end

  def run_112(x)
    y = x + 112

    y *= 2
    y
  end

  def run_113(x)
    y = x + 113

    y *= 2
    y
  end

  def run_114(x)
    y = x + 114

    y *= 2
    y
  end

  def run_115(x)
    y = x + 115

    y *= 2
    y
  end

  def run_116(x)
    y = x + 116

    y *= 2
    y
  end

  def run_117(x)
    y = x + 117

    y *= 2
    y
  end

  def run_118(x)
    y = x + 118

    y *= 2
    y
  end

  def run_119(x)
    y = x + 119

    y *= 2
    y
  end

  def run_120(x)
    y = x + 120

    y *= 2
    y
  end

  def run_121(x)
    y = x + 121

    y *= 2
    y
  end

  def run_122(x)
    y = x + 122

    y *= 2
    y
  end

  def run_123(x)
    y = x + 123

    y *= 2
    y
  end

  def run_124(x)
    y = x + 124

    y *= 2
    y
  end

  def run_125(x)
    y = x + 125

    y *= 2
    y
  end

  def run_126(x)
    y = x + 126

    y *= 2
    y
  end

  def run_127(x)
    y = x + 127

    y *= 2
    y
  end

  def run_128(x)
    y = x + 128

    y *= 2
    y
  end

  def run_129(x)
    y = x + 129

    y *= 2
    y
  end

  def run_130(x)
    y = x + 130

    y *= 2
    y
  end

  def run_131(x)
    y = x + 131

    y *= 2
    y
  end

  def run_132(x)
    y = x + 132

    y *= 2
    y
  end

  def run_133(x)
    y = x + 133

    y *= 2
    y
  end

  def run_134(x)
    y = x + 134

    y *= 2
    y
  end

  def run_135(x)
    y = x + 135

    y *= 2
    y
  end

  def run_136(x)
    y = x + 136

    y *= 2
    y
  end

  def run_137(x)
    y = x + 137

    y *= 2
    y
  end

  def run_138(x)
    y = x + 138

    y *= 2
    y
  end

  def run_139(x)
    y = x + 139

    y *= 2
    y
  end

  def run_140(x)
    y = x + 140

    y *= 2
    y
  end

  def run_141(x)
    y = x + 141

    y *= 2
    y
  end

  def run_142(x)
    y = x + 142

    y *= 2
    y
  end

  def run_143(x)
    y = x + 143

    y *= 2
    y
  end

  def run_144(x)
    y = x + 144

    y *= 2
    y
  end

  def run_145(x)
    y = x + 145

    y *= 2
    y
  end

  def run_146(x)
    y = x + 146

    y *= 2
    y
  end

  def run_147(x)
    y = x + 147

    y *= 2
    y
  end

  def run_148(x)
    y = x + 148

    y *= 2
    y
  end

  def run_149(x)
    y = x + 149

    y *= 2
    y
  end

  def run_150(x)
    y = x + 150

    y *= 2
    y
  end

  def run_151(x)
    y = x + 151

    y *= 2
    y
  end

  def run_152(x)
    y = x + 152

    y *= 2
    y
  end

  def run_153(x)
    y = x + 153

    y *= 2
    y
  end

  def run_154(x)
    y = x + 154

    y *= 2
    y
  end

  def run_155(x)
    y = x + 155

    y *= 2
    y
  end

  def run_156(x)
    y = x + 156

    y *= 2
    y
  end

  def run_157(x)
    y = x + 157

    y *= 2
    y
  end

  def run_158(x)
    y = x + 158

    y *= 2
    y
  end

  def run_159(x)
    y = x + 159

    y *= 2
    y
  end

  def run_160(x)
    y = x + 160

    y *= 2
    y
  end

  def run_161(x)
    y = x + 161

    y *= 2
    y
  end

  def run_162(x)
    y = x + 162

    y *= 2
    y
  end

  def run_163(x)
    y = x + 163

    y *= 2
    y
  end

  def run_164(x)
    y = x + 164

    y *= 2
    y
  end

  def run_165(x)
    y = x + 165

    y *= 2
    y
  end

  def run_166(x)
    y = x + 166

    y *= 2
    y
  end

  def run_167(x)
    y = x + 167

    y *= 2
    y
  end

  def run_168(x)
    y = x + 168

    y *= 2
    y
  end

  def run_169(x)
    y = x + 169

    y *= 2
    y
  end

  def run_170(x)
    y = x + 170

    y *= 2
    y
  end

  def run_171(x)
    y = x + 171

    y *= 2
    y
  end

  def run_172(x)
    y = x + 172

    y *= 2
    y
  end

  def run_173(x)
    y = x + 173

    y *= 2
    y
  end

  def run_174(x)
    y = x + 174

    y *= 2
    y
  end

  def run_175(x)
    y = x + 175

    y *= 2
    y
  end

  def run_176(x)
    y = x + 176

    y *= 2
    y
  end

  def run_177(x)
    y = x + 177

    y *= 2
    y
  end

  def run_178(x)
    y = x + 178

    y *= 2
    y
  end

  def run_179(x)
    y = x + 179

    y *= 2
    y
  end

  def run_180(x)
    y = x + 180

    y *= 2
    y
  end

  def run_181(x)
    y = x + 181

    y *= 2
    y
  end

  def run_182(x)
    y = x + 182

    y *= 2
    y
  end

  def run_183(x)
    y = x + 183

    y *= 2
    y
  end

  def run_184(x)
    y = x + 184

    y *= 2
    y
  end

  def run_185(x)
    y = x + 185

    y *= 2
    y
  end

  def run_186(x)
    y = x + 186

    y *= 2
    y
  end

  def run_187(x)
    y = x + 187

    y *= 2
    y
  end

  def run_188(x)
    y = x + 188

    y *= 2
    y
  end

  def run_189(x)
    y = x + 189

    y *= 2
    y
  end

  def run_190(x)
    y = x + 190

    y *= 2
    y
  end

  def run_191(x)
    y = x + 191

    y *= 2
    y
  end

  def run_192(x)
    y = x + 192

    y *= 2
    y
  end

  def run_193(x)
    y = x + 193

    y *= 2
    y
  end

  def run_194(x)
    y = x + 194

    y *= 2
    y
  end

  def run_195(x)
    y = x + 195

    y *= 2
    y
  end

  def run_196(x)
    y = x + 196

    y *= 2
    y
  end

  def run_197(x)
    y = x + 197

    y *= 2
    y
  end

  def run_198(x)
    y = x + 198

    y *= 2
    y
  end

  def run_199(x)
    y = x + 199

    y *= 2
    y
  end

  def run_200(x)
    y = x + 200

    y *= 2
    y
  end

  def run_201(x)
    y = x + 201

    y *= 2
    y
  end

  def run_202(x)
    y = x + 202

    y *= 2
    y
  end

  def run_203(x)
    y = x + 203

    y *= 2
    y
  end

  def run_204(x)
    y = x + 204

    y *= 2
    y
  end

  def run_205(x)
    y = x + 205

    y *= 2
    y
  end

  def run_206(x)
    y = x + 206

    y *= 2
    y
  end

  def run_207(x)
    y = x + 207

    y *= 2
    y
  end

  def run_208(x)
    y = x + 208

    y *= 2
    y
  end

  def run_209(x)
    y = x + 209

    y *= 2
    y
  end

  def run_210(x)
    y = x + 210

    y *= 2
    y
  end

  def run_211(x)
    y = x + 211

    y *= 2
    y
  end

  def run_212(x)
    y = x + 212

    y *= 2
    y
  end

  def run_213(x)
    y = x + 213

    y *= 2
    y
  end

  def run_214(x)
    y = x + 214

    y *= 2
    y
  end

  def run_215(x)
    y = x + 215

    y *= 2
    y
  end

  def run_216(x)
    y = x + 216

    y *= 2
    y
  end

  def run_217(x)
    y = x + 217

    y *= 2
    y
  end

  def run_218(x)
    y = x + 218

    y *= 2
    y
  end

  def run_219(x)
    y = x + 219

    y *= 2
    y
  end

  def run_220(x)
    y = x + 220

    y *= 2
    y
  end

  def run_221(x)
    y = x + 221

    y *= 2
    y
  end

  def run_222(x)
    y = x + 222

    y *= 2
    y
  end

  def run_223(x)
    y = x + 223

    y *= 2
    y
  end

  def run_224(x)
    y = x + 224

    y *= 2
    y
  end

  def run_225(x)
    y = x + 225

    y *= 2
    y
  end

  def run_226(x)
    y = x + 226

    y *= 2
    y
  end

  def run_227(x)
    y = x + 227

    y *= 2
    y
  end

  def run_228(x)
    y = x + 228

    y *= 2
    y
  end

  def run_229(x)
    y = x + 229

    y *= 2
    y
  end

  def run_230(x)
    y = x + 230

    y *= 2
    y
  end

  def run_231(x)
    y = x + 231

    y *= 2
    y
  end

  def run_232(x)
    y = x + 232

    y *= 2
    y
  end

  def run_233(x)
    y = x + 233

    y *= 2
    y
  end

  def run_234(x)
    y = x + 234

    y *= 2
    y
  end

  def run_235(x)
    y = x + 235

    y *= 2
    y
  end

  def run_236(x)
    y = x + 236

    y *= 2
    y
  end

  def run_237(x)
    y = x + 237

    y *= 2
    y
  end

  def run_238(x)
    y = x + 238

    y *= 2
    y
  end

  def run_239(x)
    y = x + 239

    y *= 2
    y
  end

  def run_240(x)
    y = x + 240

    y *= 2
    y
  end

  def run_241(x)
    y = x + 241

    y *= 2
    y
  end

  def run_242(x)
    y = x + 242

    y *= 2
    y
  end

  def run_243(x)
    y = x + 243

    y *= 2
    y
  end

  def run_244(x)
    y = x + 244

    y *= 2
    y
  end

  def run_245(x)
    y = x + 245

    y *= 2
    y
  end

  def run_246(x)
    y = x + 246

    y *= 2
    y
  end

  def run_247(x)
    y = x + 247

    y *= 2
    y
  end

  def run_248(x)
    y = x + 248

    y *= 2
    y
  end

  def run_249(x)
    y = x + 249

    y *= 2
    y
  end

  def run_250(x)
    y = x + 250

    y *= 2
    y
  end

  def run_251(x)
    y = x + 251

    y *= 2
    y
  end

  def run_252(x)
    y = x + 252

    y *= 2
    y
  end

  def run_253(x)
    y = x + 253

    y *= 2
    y
  end

  def run_254(x)
    y = x + 254

    y *= 2
    y
  end

  def run_255(x)
    y = x + 255

    y *= 2
    y
  end

  def run_256(x)
    y = x + 256

    y *= 2
    y
  end

  def run_257(x)
    y = x + 257

    y *= 2
    y
  end

  def run_258(x)
    y = x + 258

    y *= 2
    y
  end

  def run_259(x)
    y = x + 259

    y *= 2
    y
  end

  def run_260(x)
    y = x + 260

    y *= 2
    y
  end

  def run_261(x)
    y = x + 261

    y *= 2
    y
  end

  def run_262(x)
    y = x + 262

    y *= 2
    y
  end

  def run_263(x)
    y = x + 263

    y *= 2
    y
  end

  def run_264(x)
    y = x + 264

    y *= 2
    y
  end

  def run_265(x)
    y = x + 265

    y *= 2
    y
  end

  def run_266(x)
    y = x + 266

    y *= 2
    y
  end

  def run_267(x)
    y = x + 267

    y *= 2
    y
  end

  def run_268(x)
    y = x + 268

    y *= 2
    y
  end

  def run_269(x)
    y = x + 269

    y *= 2
    y
  end

  def run_270(x)
    y = x + 270

    y *= 2
    y
  end

  def run_271(x)
    y = x + 271

    y *= 2
    y
  end

  def run_272(x)
    y = x + 272

    y *= 2
    y
  end

  def run_273(x)
    y = x + 273

    y *= 2
    y
  end

  def run_274(x)
    y = x + 274

    y *= 2
    y
  end

  def run_275(x)
    y = x + 275

    y *= 2
    y
  end

  def run_276(x)
    y = x + 276

    y *= 2
    y
  end

  def run_277(x)
    y = x + 277

    y *= 2
    y
  end

  def run_278(x)
    y = x + 278

    y *= 2
    y
  end

  def run_279(x)
    y = x + 279

    y *= 2
    y
  end

  def run_280(x)
    y = x + 280

    y *= 2
    y
  end

  def run_281(x)
    y = x + 281

    y *= 2
    y
  end

  def run_282(x)
    y = x + 282

    y *= 2
    y
  end

  def run_283(x)
    y = x + 283

    y *= 2
    y
  end

  def run_284(x)
    y = x + 284

    y *= 2
    y
  end

  def run_285(x)
    y = x + 285

    y *= 2
    y
  end

  def run_286(x)
    y = x + 286

    y *= 2
    y
  end

  def run_287(x)
    y = x + 287

    y *= 2
    y
  end

  def run_288(x)
    y = x + 288

    y *= 2
    y
  end

  def run_289(x)
    y = x + 289

    y *= 2
    y
  end

  def run_290(x)
    y = x + 290

    y *= 2
    y
  end

  def run_291(x)
    y = x + 291

    y *= 2
    y
  end

  def run_292(x)
    y = x + 292

    y *= 2
    y
  end

  def run_293(x)
    y = x + 293

    y *= 2
    y
  end

  def run_294(x)
    y = x + 294

    y *= 2
    y
  end

  def run_295(x)
    y = x + 295

    y *= 2
    y
  end

  def run_296(x)
    y = x + 296

    y *= 2
    y
  end

  def run_297(x)
    y = x + 297

    y *= 2
    y
  end

  def run_298(x)
    y = x + 298

    y *= 2
    y
  end

  def run_299(x)
    y = x + 299

    y *= 2
    y
  end

  def run_300(x)
    y = x + 300

    y *= 2
    y
  end

  def run_301(x)
    y = x + 301

    y *= 2
    y
  end

  def run_302(x)
    y = x + 302

    y *= 2
    y
  end

  def run_303(x)
    y = x + 303

    y *= 2
    y
  end

  def run_304(x)
    y = x + 304

    y *= 2
    y
  end

  def run_305(x)
    y = x + 305

    y *= 2
    y
  end

  def run_306(x)
    y = x + 306

    y *= 2
    y
  end

  def run_307(x)
    y = x + 307

    y *= 2
    y
  end

  def run_308(x)
    y = x + 308

    y *= 2
    y
  end

  def run_309(x)
    y = x + 309

    y *= 2
    y
  end

  def run_310(x)
    y = x + 310

    y *= 2
    y
  end

  def run_311(x)
    y = x + 311

    y *= 2
    y
  end

  def run_312(x)
    y = x + 312

    y *= 2
    y
  end

  def run_313(x)
    y = x + 313

    y *= 2
    y
  end

  def run_314(x)
    y = x + 314

    y *= 2
    y
  end

  def run_315(x)
    y = x + 315

    y *= 2
    y
  end

  def run_316(x)
    y = x + 316

    y *= 2
    y
  end

  def run_317(x)
    y = x + 317

    y *= 2
    y
  end

  def run_318(x)
    y = x + 318

    y *= 2
    y
  end

  def run_319(x)
    y = x + 319

    y *= 2
    y
  end

  def run_320(x)
    y = x + 320

    y *= 2
    y
  end

  def run_321(x)
    y = x + 321

    y *= 2
    y
  end

  def run_322(x)
    y = x + 322

    y *= 2
    y
  end

  def run_323(x)
    y = x + 323

    y *= 2
    y
  end

  def run_324(x)
    y = x + 324

    y *= 2
    y
  end

  def run_325(x)
    y = x + 325

    y *= 2
    y
  end

  def run_326(x)
    y = x + 326

    y *= 2
    y
  end

  def run_327(x)
    y = x + 327

    y *= 2
    y
  end

  def run_328(x)
    y = x + 328

    y *= 2
    y
  end

  def run_329(x)
    y = x + 329

    y *= 2
    y
  end

  def run_330(x)
    y = x + 330

    y *= 2
    y
  end

  def run_331(x)
    y = x + 331

    y *= 2
    y
  end

  def run_332(x)
    y = x + 332

    y *= 2
    y
  end

  def run_333(x)
    y = x + 333

    y *= 2
    y
  end

  def run_334(x)
    y = x + 334

    y *= 2
    y
  end

  def run_335(x)
    y = x + 335

    y *= 2
    y
  end

  def run_336(x)
    y = x + 336

    y *= 2
    y
  end

  def run_337(x)
    y = x + 337

    y *= 2
    y
  end

  def run_338(x)
    y = x + 338

    y *= 2
    y
  end

  def run_339(x)
    y = x + 339

    y *= 2
    y
  end

  def run_340(x)
    y = x + 340

    y *= 2
    y
  end

  def run_341(x)
    y = x + 341

    y *= 2
    y
  end

  def run_342(x)
    y = x + 342

    y *= 2
    y
  end

  def run_343(x)
    y = x + 343

    y *= 2
    y
  end

  def run_344(x)
    y = x + 344

    y *= 2
    y
  end

  def run_345(x)
    y = x + 345

    y *= 2
    y
  end

  def run_346(x)
    y = x + 346

    y *= 2
    y
  end

  def run_347(x)
    y = x + 347

    y *= 2
    y
  end

  def run_348(x)
    y = x + 348

    y *= 2
    y
  end

  def run_349(x)
    y = x + 349

    y *= 2
    y
  end

  def run_350(x)
    y = x + 350

    y *= 2
    y
  end

  def run_351(x)
    y = x + 351

    y *= 2
    y
  end

  def run_352(x)
    y = x + 352

    y *= 2
    y
  end

  def run_353(x)
    y = x + 353

    y *= 2
    y
  end

  def run_354(x)
    y = x + 354

    y *= 2
    y
  end

  def run_355(x)
    y = x + 355

    y *= 2
    y
  end

  def run_356(x)
    y = x + 356

    y *= 2
    y
  end

  def run_357(x)
    y = x + 357

    y *= 2
    y
  end

  def run_358(x)
    y = x + 358

    y *= 2
    y
  end

  def run_359(x)
    y = x + 359

    y *= 2
    y
  end

  def run_360(x)
    y = x + 360

    y *= 2
    y
  end

  def run_361(x)
    y = x + 361

    y *= 2
    y
  end

  def run_362(x)
    y = x + 362

    y *= 2
    y
  end

  def run_363(x)
    y = x + 363

    y *= 2
    y
  end

  def run_364(x)
    y = x + 364

    y *= 2
    y
  end

  def run_365(x)
    y = x + 365

    y *= 2
    y
  end

  def run_366(x)
    y = x + 366

    y *= 2
    y
  end

  def run_367(x)
    y = x + 367

    y *= 2
    y
  end

  def run_368(x)
    y = x + 368

    y *= 2
    y
  end

  def run_369(x)
    y = x + 369

    y *= 2
    y
  end

  def run_370(x)
    y = x + 370

    y *= 2
    y
  end

  def run_371(x)
    y = x + 371

    y *= 2
    y
  end

  def run_372(x)
    y = x + 372

    y *= 2
    y
  end

  def run_373(x)
    y = x + 373

    y *= 2
    y
  end

  def run_374(x)
    y = x + 374

    y *= 2
    y
  end

  def run_375(x)
    y = x + 375

    y *= 2
    y
  end

  def run_376(x)
    y = x + 376

    y *= 2
    y
  end

  def run_377(x)
    y = x + 377

    y *= 2
    y
  end

  def run_378(x)
    y = x + 378

    y *= 2
    y
  end

  def run_379(x)
    y = x + 379

    y *= 2
    y
  end

  def run_380(x)
    y = x + 380

    y *= 2
    y
  end

  def run_381(x)
    y = x + 381

    y *= 2
    y
  end

  def run_382(x)
    y = x + 382

    y *= 2
    y
  end

  def run_383(x)
    y = x + 383

    y *= 2
    y
  end

  def run_384(x)
    y = x + 384

    y *= 2
    y
  end

  def run_385(x)
    y = x + 385

    y *= 2
    y
  end

  def run_386(x)
    y = x + 386

    y *= 2
    y
  end

  def run_387(x)
    y = x + 387

    y *= 2
    y
  end

  def run_388(x)
    y = x + 388

    y *= 2
    y
  end

  def run_389(x)
    y = x + 389

    y *= 2
    y
  end

  def run_390(x)
    y = x + 390

    y *= 2
    y
  end

  def run_391(x)
    y = x + 391

    y *= 2
    y
  end

  def run_392(x)
    y = x + 392

    y *= 2
    y
  end

  def run_393(x)
    y = x + 393

    y *= 2
    y
  end

  def run_394(x)
    y = x + 394

    y *= 2
    y
  end

  def run_395(x)
    y = x + 395

    y *= 2
    y
  end

  def run_396(x)
    y = x + 396

    y *= 2
    y
  end

  def run_397(x)
    y = x + 397

    y *= 2
    y
  end

  def run_398(x)
    y = x + 398

    y *= 2
    y
  end

  def run_399(x)
    y = x + 399

    y *= 2
    y
  end

  def run_400(x)
    y = x + 400

    y *= 2
    y
  end

  def run_401(x)
    y = x + 401

    y *= 2
    y
  end

  def run_402(x)
    y = x + 402

    y *= 2
    y
  end

  def run_403(x)
    y = x + 403

    y *= 2
    y
  end

  def run_404(x)
    y = x + 404

    y *= 2
    y
  end

  def run_405(x)
    y = x + 405

    y *= 2
    y
  end

  def run_406(x)
    y = x + 406

    y *= 2
    y
  end

  def run_407(x)
    y = x + 407

    y *= 2
    y
  end

  def run_408(x)
    y = x + 408

    y *= 2
    y
  end

  def run_409(x)
    y = x + 409

    y *= 2
    y
  end

  def run_410(x)
    y = x + 410

    y *= 2
    y
  end

  def run_411(x)
    y = x + 411

    y *= 2
    y
  end

  def run_412(x)
    y = x + 412

    y *= 2
    y
  end

  def run_413(x)
    y = x + 413

    y *= 2
    y
  end

  def run_414(x)
    y = x + 414

    y *= 2
    y
  end

  def run_415(x)
    y = x + 415

    y *= 2
    y
  end

  def run_416(x)
    y = x + 416

    y *= 2
    y
  end

  def run_417(x)
    y = x + 417

    y *= 2
    y
  end

  def run_418(x)
    y = x + 418

    y *= 2
    y
  end

  def run_419(x)
    y = x + 419

    y *= 2
    y
  end

  def run_420(x)
    y = x + 420

    y *= 2
    y
  end

  def run_421(x)
    y = x + 421

    y *= 2
    y
  end

  def run_422(x)
    y = x + 422

    y *= 2
    y
  end

  def run_423(x)
    y = x + 423

    y *= 2
    y
  end

  def run_424(x)
    y = x + 424

    y *= 2
    y
  end

  def run_425(x)
    y = x + 425

    y *= 2
    y
  end

  def run_426(x)
    y = x + 426

    y *= 2
    y
  end

  def run_427(x)
    y = x + 427

    y *= 2
    y
  end

  def run_428(x)
    y = x + 428

    y *= 2
    y
  end

  def run_429(x)
    y = x + 429

    y *= 2
    y
  end

  def run_430(x)
    y = x + 430

    y *= 2
    y
  end

  def run_431(x)
    y = x + 431

    y *= 2
    y
  end

  def run_432(x)
    y = x + 432

    y *= 2
    y
  end

  def run_433(x)
    y = x + 433

    y *= 2
    y
  end

  def run_434(x)
    y = x + 434

    y *= 2
    y
  end

  def run_435(x)
    y = x + 435

    y *= 2
    y
  end

  def run_436(x)
    y = x + 436

    y *= 2
    y
  end

  def run_437(x)
    y = x + 437

    y *= 2
    y
  end

  def run_438(x)
    y = x + 438

    y *= 2
    y
  end

  def run_439(x)
    y = x + 439

    y *= 2
    y
  end

  def run_440(x)
    y = x + 440

    y *= 2
    y
  end

  def run_441(x)
    y = x + 441

    y *= 2
    y
  end

  def run_442(x)
    y = x + 442

    y *= 2
    y
  end

  def run_443(x)
    y = x + 443

    y *= 2
    y
  end

  def run_444(x)
    y = x + 444

    y *= 2
    y
  end

  def run_445(x)
    y = x + 445

    y *= 2
    y
  end

  def run_446(x)
    y = x + 446

    y *= 2
    y
  end

  def run_447(x)
    y = x + 447

    y *= 2
    y
  end

  def run_448(x)
    y = x + 448

    y *= 2
    y
  end

  def run_449(x)
    y = x + 449

    y *= 2
    y
  end

  def run_450(x)
    y = x + 450

    y *= 2
    y
  end

  def run_451(x)
    y = x + 451

    y *= 2
    y
  end

  def run_452(x)
    y = x + 452

    y *= 2
    y
  end

  def run_453(x)
    y = x + 453

    y *= 2
    y
  end

  def run_454(x)
    y = x + 454

    y *= 2
    y
  end

  def run_455(x)
    y = x + 455

    y *= 2
    y
  end

  def run_456(x)
    y = x + 456

    y *= 2
    y
  end

  def run_457(x)
    y = x + 457

    y *= 2
    y
  end

  def run_458(x)
    y = x + 458

    y *= 2
    y
  end

  def run_459(x)
    y = x + 459

    y *= 2
    y
  end

  def run_460(x)
    y = x + 460

    y *= 2
    y
  end

  def run_461(x)
    y = x + 461

    y *= 2
    y
  end

  def run_462(x)
    y = x + 462

    y *= 2
    y
  end

  def run_463(x)
    y = x + 463

    y *= 2
    y
  end

  def run_464(x)
    y = x + 464

    y *= 2
    y
  end

  def run_465(x)
    y = x + 465

    y *= 2
    y
  end

  def run_466(x)
    y = x + 466

    y *= 2
    y
  end

  def run_467(x)
    y = x + 467

    y *= 2
    y
  end

  def run_468(x)
    y = x + 468

    y *= 2
    y
  end

  def run_469(x)
    y = x + 469

    y *= 2
    y
  end

  def run_470(x)
    y = x + 470

    y *= 2
    y
  end

  def run_471(x)
    y = x + 471

    y *= 2
    y
  end

  def run_472(x)
    y = x + 472

    y *= 2
    y
  end

  def run_473(x)
    y = x + 473

    y *= 2
    y
  end

  def run_474(x)
    y = x + 474

    y *= 2
    y
  end

  def run_475(x)
    y = x + 475

    y *= 2
    y
  end

  def run_476(x)
    y = x + 476

    y *= 2
    y
  end

  def run_477(x)
    y = x + 477

    y *= 2
    y
  end

  def run_478(x)
    y = x + 478

    y *= 2
    y
  end

  def run_479(x)
    y = x + 479

    y *= 2
    y
  end

  def run_480(x)
    y = x + 480

    y *= 2
    y
  end

  def run_481(x)
    y = x + 481

    y *= 2
    y
  end

  def run_482(x)
    y = x + 482

    y *= 2
    y
  end

  def run_483(x)
    y = x + 483

    y *= 2
    y
  end

  def run_484(x)
    y = x + 484

    y *= 2
    y
  end

  def run_485(x)
    y = x + 485

    y *= 2
    y
  end

  def run_486(x)
    y = x + 486

    y *= 2
    y
  end

  def run_487(x)
    y = x + 487

    y *= 2
    y
  end

  def run_488(x)
    y = x + 488

    y *= 2
    y
  end

  def run_489(x)
    y = x + 489

    y *= 2
    y
  end

  def run_490(x)
    y = x + 490

    y *= 2
    y
  end

  def run_491(x)
    y = x + 491

    y *= 2
    y
  end

  def run_492(x)
    y = x + 492

    y *= 2
    y
  end

  def run_493(x)
    y = x + 493

    y *= 2
    y
  end

  def run_494(x)
    y = x + 494

    y *= 2
    y
  end

  def run_495(x)
    y = x + 495

    y *= 2
    y
  end

  def run_496(x)
    y = x + 496

    y *= 2
    y
  end

  def run_497(x)
    y = x + 497

    y *= 2
    y
  end

  def run_498(x)
    y = x + 498

    y *= 2
    y
  end

  def run_499(x)
    y = x + 499

    y *= 2
    y
  end

  def run_500(x)
    y = x + 500

    y *= 2
    y
  end

  def run_501(x)
    y = x + 501

    y *= 2
    y
  end

  def run_502(x)
    y = x + 502

    y *= 2
    y
  end

  def run_503(x)
    y = x + 503

    y *= 2
    y
  end

  def run_504(x)
    y = x + 504

    y *= 2
    y
  end

  def run_505(x)
    y = x + 505

    y *= 2
    y
  end

  def run_506(x)
    y = x + 506

    y *= 2
    y
  end

  def run_507(x)
    y = x + 507

    y *= 2
    y
  end

  def run_508(x)
    y = x + 508

    y *= 2
    y
  end

  def run_509(x)
    y = x + 509

    y *= 2
    y
  end

  def run_510(x)
    y = x + 510

    y *= 2
    y
  end

  def run_511(x)
    y = x + 511

    y *= 2
    y
  end

  def run_512(x)
    y = x + 512

    y *= 2
    y
  end

  def run_513(x)
    y = x + 513

    y *= 2
    y
  end

  def run_514(x)
    y = x + 514

    y *= 2
    y
  end

  def run_515(x)
    y = x + 515

    y *= 2
    y
  end

  def run_516(x)
    y = x + 516

    y *= 2
    y
  end

  def run_517(x)
    y = x + 517

    y *= 2
    y
  end

  def run_518(x)
    y = x + 518

    y *= 2
    y
  end

  def run_519(x)
    y = x + 519

    y *= 2
    y
  end

  def run_520(x)
    y = x + 520

    y *= 2
    y
  end

  def run_521(x)
    y = x + 521

    y *= 2
    y
  end

  def run_522(x)
    y = x + 522

    y *= 2
    y
  end

  def run_523(x)
    y = x + 523

    y *= 2
    y
  end

  def run_524(x)
    y = x + 524

    y *= 2
    y
  end

  def run_525(x)
    y = x + 525

    y *= 2
    y
  end

  def run_526(x)
    y = x + 526

    y *= 2
    y
  end

  def run_527(x)
    y = x + 527

    y *= 2
    y
  end

  def run_528(x)
    y = x + 528

    y *= 2
    y
  end

  def run_529(x)
    y = x + 529

    y *= 2
    y
  end

  def run_530(x)
    y = x + 530

    y *= 2
    y
  end

  def run_531(x)
    y = x + 531

    y *= 2
    y
  end

  def run_532(x)
    y = x + 532

    y *= 2
    y
  end

  def run_533(x)
    y = x + 533

    y *= 2
    y
  end

  def run_534(x)
    y = x + 534

    y *= 2
    y
  end

  def run_535(x)
    y = x + 535

    y *= 2
    y
  end

  def run_536(x)
    y = x + 536

    y *= 2
    y
  end

  def run_537(x)
    y = x + 537

    y *= 2
    y
  end

  def run_538(x)
    y = x + 538

    y *= 2
    y
  end

  def run_539(x)
    y = x + 539

    y *= 2
    y
  end

  def run_540(x)
    y = x + 540

    y *= 2
    y
  end

  def run_541(x)
    y = x + 541

    y *= 2
    y
  end

  def run_542(x)
    y = x + 542

    y *= 2
    y
  end

  def run_543(x)
    y = x + 543

    y *= 2
    y
  end

  def run_544(x)
    y = x + 544

    y *= 2
    y
  end

  def run_545(x)
    y = x + 545

    y *= 2
    y
  end

  def run_546(x)
    y = x + 546

    y *= 2
    y
  end

  def run_547(x)
    y = x + 547

    y *= 2
    y
  end

  def run_548(x)
    y = x + 548

    y *= 2
    y
  end

  def run_549(x)
    y = x + 549

    y *= 2
    y
  end

  def run_550(x)
    y = x + 550

    y *= 2
    y
  end

  def run_551(x)
    y = x + 551

    y *= 2
    y
  end

  def run_552(x)
    y = x + 552

    y *= 2
    y
  end

  def run_553(x)
    y = x + 553

    y *= 2
    y
  end

  def run_554(x)
    y = x + 554

    y *= 2
    y
  end

  def run_555(x)
    y = x + 555

    y *= 2
    y
  end

  def run_556(x)
    y = x + 556

    y *= 2
    y
  end

  def run_557(x)
    y = x + 557

    y *= 2
    y
  end

  def run_558(x)
    y = x + 558

    y *= 2
    y
  end

  def run_559(x)
    y = x + 559

    y *= 2
    y
  end

  def run_560(x)
    y = x + 560

    y *= 2
    y
  end

  def run_561(x)
    y = x + 561

    y *= 2
    y
  end

  def run_562(x)
    y = x + 562

    y *= 2
    y
  end

  def run_563(x)
    y = x + 563

    y *= 2
    y
  end

  def run_564(x)
    y = x + 564

    y *= 2
    y
  end

  def run_565(x)
    y = x + 565

    y *= 2
    y
  end

  def run_566(x)
    y = x + 566

    y *= 2
    y
  end

  def run_567(x)
    y = x + 567

    y *= 2
    y
  end

  def run_568(x)
    y = x + 568

    y *= 2
    y
  end

  def run_569(x)
    y = x + 569

    y *= 2
    y
  end

  def run_570(x)
    y = x + 570

    y *= 2
    y
  end

  def run_571(x)
    y = x + 571

    y *= 2
    y
  end

  def run_572(x)
    y = x + 572

    y *= 2
    y
  end

  def run_573(x)
    y = x + 573

    y *= 2
    y
  end

  def run_574(x)
    y = x + 574

    y *= 2
    y
  end

  def run_575(x)
    y = x + 575

    y *= 2
    y
  end

  def run_576(x)
    y = x + 576

    y *= 2
    y
  end

  def run_577(x)
    y = x + 577

    y *= 2
    y
  end

  def run_578(x)
    y = x + 578

    y *= 2
    y
  end

  def run_579(x)
    y = x + 579

    y *= 2
    y
  end

  def run_580(x)
    y = x + 580

    y *= 2
    y
  end

  def run_581(x)
    y = x + 581

    y *= 2
    y
  end

  def run_582(x)
    y = x + 582

    y *= 2
    y
  end

  def run_583(x)
    y = x + 583

    y *= 2
    y
  end

  def run_584(x)
    y = x + 584

    y *= 2
    y
  end

  def run_585(x)
    y = x + 585

    y *= 2
    y
  end

  def run_586(x)
    y = x + 586

    y *= 2
    y
  end

  def run_587(x)
    y = x + 587

    y *= 2
    y
  end

  def run_588(x)
    y = x + 588

    y *= 2
    y
  end

  def run_589(x)
    y = x + 589

    y *= 2
    y
  end

  def run_590(x)
    y = x + 590

    y *= 2
    y
  end

  def run_591(x)
    y = x + 591

    y *= 2
    y
  end

  def run_592(x)
    y = x + 592

    y *= 2
    y
  end

  def run_593(x)
    y = x + 593

    y *= 2
    y
  end

  def run_594(x)
    y = x + 594

    y *= 2
    y
  end

  def run_595(x)
    y = x + 595

    y *= 2
    y
  end

  def run_596(x)
    y = x + 596

    y *= 2
    y
  end

  def run_597(x)
    y = x + 597

    y *= 2
    y
  end

  def run_598(x)
    y = x + 598

    y *= 2
    y
  end

  def run_599(x)
    y = x + 599

    y *= 2
    y
  end

  def run_600(x)
    y = x + 600

    y *= 2
    y
  end

  def run_601(x)
    y = x + 601

    y *= 2
    y
  end

  def run_602(x)
    y = x + 602

    y *= 2
    y
  end

  def run_603(x)
    y = x + 603

    y *= 2
    y
  end

  def run_604(x)
    y = x + 604

    y *= 2
    y
  end

  def run_605(x)
    y = x + 605

    y *= 2
    y
  end

  def run_606(x)
    y = x + 606

    y *= 2
    y
  end

  def run_607(x)
    y = x + 607

    y *= 2
    y
  end

  def run_608(x)
    y = x + 608

    y *= 2
    y
  end

  def run_609(x)
    y = x + 609

    y *= 2
    y
  end

  def run_610(x)
    y = x + 610

    y *= 2
    y
  end

  def run_611(x)
    y = x + 611

    y *= 2
    y
  end

  def run_612(x)
    y = x + 612

    y *= 2
    y
  end

  def run_613(x)
    y = x + 613

    y *= 2
    y
  end

  def run_614(x)
    y = x + 614

    y *= 2
    y
  end

  def run_615(x)
    y = x + 615

    y *= 2
    y
  end

  def run_616(x)
    y = x + 616

    y *= 2
    y
  end

  def run_617(x)
    y = x + 617

    y *= 2
    y
  end

  def run_618(x)
    y = x + 618

    y *= 2
    y
  end

  def run_619(x)
    y = x + 619

    y *= 2
    y
  end

  def run_620(x)
    y = x + 620

    y *= 2
    y
  end

  def run_621(x)
    y = x + 621

    y *= 2
    y
  end

  def run_622(x)
    y = x + 622

    y *= 2
    y
  end

  def run_623(x)
    y = x + 623

    y *= 2
    y
  end

  def run_624(x)
    y = x + 624

    y *= 2
    y
  end

  def run_625(x)
    y = x + 625

    y *= 2
    y
  end

  def run_626(x)
    y = x + 626

    y *= 2
    y
  end

  def run_627(x)
    y = x + 627

    y *= 2
    y
  end

  def run_628(x)
    y = x + 628

    y *= 2
    y
  end

  def run_629(x)
    y = x + 629

    y *= 2
    y
  end

  def run_630(x)
    y = x + 630

    y *= 2
    y
  end

  def run_631(x)
    y = x + 631

    y *= 2
    y
  end

  def run_632(x)
    y = x + 632

    y *= 2
    y
  end

  def run_633(x)
    y = x + 633

    y *= 2
    y
  end

  def run_634(x)
    y = x + 634

    y *= 2
    y
  end

  def run_635(x)
    y = x + 635

    y *= 2
    y
  end

  def run_636(x)
    y = x + 636

    y *= 2
    y
  end

  def run_637(x)
    y = x + 637

    y *= 2
    y
  end

  def run_638(x)
    y = x + 638

    y *= 2
    y
  end

  def run_639(x)
    y = x + 639

    y *= 2
    y
  end

  def run_640(x)
    y = x + 640

    y *= 2
    y
  end

  def run_641(x)
    y = x + 641

    y *= 2
    y
  end

  def run_642(x)
    y = x + 642

    y *= 2
    y
  end

  def run_643(x)
    y = x + 643

    y *= 2
    y
  end

  def run_644(x)
    y = x + 644

    y *= 2
    y
  end

  def run_645(x)
    y = x + 645

    y *= 2
    y
  end

  def run_646(x)
    y = x + 646

    y *= 2
    y
  end

  def run_647(x)
    y = x + 647

    y *= 2
    y
  end

  def run_648(x)
    y = x + 648

    y *= 2
    y
  end

  def run_649(x)
    y = x + 649

    y *= 2
    y
  end

  def run_650(x)
    y = x + 650

    y *= 2
    y
  end

  def run_651(x)
    y = x + 651

    y *= 2
    y
  end

  def run_652(x)
    y = x + 652

    y *= 2
    y
  end

  def run_653(x)
    y = x + 653

    y *= 2
    y
  end

  def run_654(x)
    y = x + 654

    y *= 2
    y
  end

  def run_655(x)
    y = x + 655

    y *= 2
    y
  end

  def run_656(x)
    y = x + 656

    y *= 2
    y
  end

  def run_657(x)
    y = x + 657

    y *= 2
    y
  end

  def run_658(x)
    y = x + 658

    y *= 2
    y
  end

  def run_659(x)
    y = x + 659

    y *= 2
    y
  end

  def run_660(x)
    y = x + 660

    y *= 2
    y
  end

  def run_661(x)
    y = x + 661

    y *= 2
    y
  end

  def run_662(x)
    y = x + 662

    y *= 2
    y
  end

  def run_663(x)
    y = x + 663

    y *= 2
    y
  end

  def run_664(x)
    y = x + 664

    y *= 2
    y
  end

  def run_665(x)
    y = x + 665

    y *= 2
    y
  end

  def run_666(x)
    y = x + 666

    y *= 2
    y
  end

  def run_667(x)
    y = x + 667

    y *= 2
    y
  end

  def run_668(x)
    y = x + 668

    y *= 2
    y
  end

  def run_669(x)
    y = x + 669

    y *= 2
    y
  end

  def run_670(x)
    y = x + 670

    y *= 2
    y
  end

  def run_671(x)
    y = x + 671

    y *= 2
    y
  end

  def run_672(x)
    y = x + 672

    y *= 2
    y
  end

  def run_673(x)
    y = x + 673

    y *= 2
    y
  end

  def run_674(x)
    y = x + 674

    y *= 2
    y
  end

  def run_675(x)
    y = x + 675

    y *= 2
    y
  end

  def run_676(x)
    y = x + 676

    y *= 2
    y
  end

  def run_677(x)
    y = x + 677

    y *= 2
    y
  end

  def run_678(x)
    y = x + 678

    y *= 2
    y
  end

  def run_679(x)
    y = x + 679

    y *= 2
    y
  end

  def run_680(x)
    y = x + 680

    y *= 2
    y
  end

  def run_681(x)
    y = x + 681

    y *= 2
    y
  end

  def run_682(x)
    y = x + 682

    y *= 2
    y
  end

  def run_683(x)
    y = x + 683

    y *= 2
    y
  end

  def run_684(x)
    y = x + 684

    y *= 2
    y
  end

  def run_685(x)
    y = x + 685

    y *= 2
    y
  end

  def run_686(x)
    y = x + 686

    y *= 2
    y
  end

  def run_687(x)
    y = x + 687

    y *= 2
    y
  end

  def run_688(x)
    y = x + 688

    y *= 2
    y
  end

  def run_689(x)
    y = x + 689

    y *= 2
    y
  end

  def run_690(x)
    y = x + 690

    y *= 2
    y
  end

  def run_691(x)
    y = x + 691

    y *= 2
    y
  end

  def run_692(x)
    y = x + 692

    y *= 2
    y
  end

  def run_693(x)
    y = x + 693

    y *= 2
    y
  end

  def run_694(x)
    y = x + 694

    y *= 2
    y
  end

  def run_695(x)
    y = x + 695

    y *= 2
    y
  end

  def run_696(x)
    y = x + 696

    y *= 2
    y
  end

  def run_697(x)
    y = x + 697

    y *= 2
    y
  end

  def run_698(x)
    y = x + 698

    y *= 2
    y
  end

  def run_699(x)
    y = x + 699

    y *= 2
    y
  end

  def run_700(x)
    y = x + 700

    y *= 2
    y
  end

  def run_701(x)
    y = x + 701

    y *= 2
    y
  end

  def run_702(x)
    y = x + 702

    y *= 2
    y
  end

  def run_703(x)
    y = x + 703

    y *= 2
    y
  end

  def run_704(x)
    y = x + 704

    y *= 2
    y
  end

  def run_705(x)
    y = x + 705

    y *= 2
    y
  end

  def run_706(x)
    y = x + 706

    y *= 2
    y
  end

  def run_707(x)
    y = x + 707

    y *= 2
    y
  end

  def run_708(x)
    y = x + 708

    y *= 2
    y
  end

  def run_709(x)
    y = x + 709

    y *= 2
    y
  end

  def run_710(x)
    y = x + 710

    y *= 2
    y
  end

  def run_711(x)
    y = x + 711

    y *= 2
    y
  end

  def run_712(x)
    y = x + 712

    y *= 2
    y
  end

  def run_713(x)
    y = x + 713

    y *= 2
    y
  end

  def run_714(x)
    y = x + 714

    y *= 2
    y
  end

  def run_715(x)
    y = x + 715

    y *= 2
    y
  end

  def run_716(x)
    y = x + 716

    y *= 2
    y
  end

  def run_717(x)
    y = x + 717

    y *= 2
    y
  end

  def run_718(x)
    y = x + 718

    y *= 2
    y
  end

  def run_719(x)
    y = x + 719

    y *= 2
    y
  end

  def run_720(x)
    y = x + 720

    y *= 2
    y
  end

  def run_721(x)
    y = x + 721

    y *= 2
    y
  end

  def run_722(x)
    y = x + 722

    y *= 2
    y
  end

  def run_723(x)
    y = x + 723

    y *= 2
    y
  end

  def run_724(x)
    y = x + 724

    y *= 2
    y
  end

  def run_725(x)
    y = x + 725

    y *= 2
    y
  end

  def run_726(x)
    y = x + 726

    y *= 2
    y
  end

  def run_727(x)
    y = x + 727

    y *= 2
    y
  end

  def run_728(x)
    y = x + 728

    y *= 2
    y
  end

  def run_729(x)
    y = x + 729

    y *= 2
    y
  end

  def run_730(x)
    y = x + 730

    y *= 2
    y
  end

  def run_731(x)
    y = x + 731

    y *= 2
    y
  end

  def run_732(x)
    y = x + 732

    y *= 2
    y
  end

  def run_733(x)
    y = x + 733

    y *= 2
    y
  end

  def run_734(x)
    y = x + 734

    y *= 2
    y
  end

  def run_735(x)
    y = x + 735

    y *= 2
    y
  end

  def run_736(x)
    y = x + 736

    y *= 2
    y
  end

  def run_737(x)
    y = x + 737

    y *= 2
    y
  end

  def run_738(x)
    y = x + 738

    y *= 2
    y
  end

  def run_739(x)
    y = x + 739

    y *= 2
    y
  end

  def run_740(x)
    y = x + 740

    y *= 2
    y
  end

  def run_741(x)
    y = x + 741

    y *= 2
    y
  end

  def run_742(x)
    y = x + 742

    y *= 2
    y
  end

  def run_743(x)
    y = x + 743

    y *= 2
    y
  end

  def run_744(x)
    y = x + 744

    y *= 2
    y
  end

  def run_745(x)
    y = x + 745

    y *= 2
    y
  end

  def run_746(x)
    y = x + 746

    y *= 2
    y
  end

  def run_747(x)
    y = x + 747

    y *= 2
    y
  end

  def run_748(x)
    y = x + 748

    y *= 2
    y
  end

  def run_749(x)
    y = x + 749

    y *= 2
    y
  end

  def run_750(x)
    y = x + 750

    y *= 2
    y
  end

  def run_751(x)
    y = x + 751

    y *= 2
    y
  end

  def run_752(x)
    y = x + 752

    y *= 2
    y
  end

  def run_753(x)
    y = x + 753

    y *= 2
    y
  end

  def run_754(x)
    y = x + 754

    y *= 2
    y
  end

  def run_755(x)
    y = x + 755

    y *= 2
    y
  end

  def run_756(x)
    y = x + 756

    y *= 2
    y
  end

  def run_757(x)
    y = x + 757

    y *= 2
    y
  end

  def run_758(x)
    y = x + 758

    y *= 2
    y
  end

  def run_759(x)
    y = x + 759

    y *= 2
    y
  end

  def run_760(x)
    y = x + 760

    y *= 2
    y
  end

  def run_761(x)
    y = x + 761

    y *= 2
    y
  end

  def run_762(x)
    y = x + 762

    y *= 2
    y
  end

  def run_763(x)
    y = x + 763

    y *= 2
    y
  end

  def run_764(x)
    y = x + 764

    y *= 2
    y
  end

  def run_765(x)
    y = x + 765

    y *= 2
    y
  end

  def run_766(x)
    y = x + 766

    y *= 2
    y
  end

  def run_767(x)
    y = x + 767

    y *= 2
    y
  end

  def run_768(x)
    y = x + 768

    y *= 2
    y
  end

  def run_769(x)
    y = x + 769

    y *= 2
    y
  end

  def run_770(x)
    y = x + 770

    y *= 2
    y
  end

  def run_771(x)
    y = x + 771

    y *= 2
    y
  end

  def run_772(x)
    y = x + 772

    y *= 2
    y
  end

  def run_773(x)
    y = x + 773

    y *= 2
    y
  end

  def run_774(x)
    y = x + 774

    y *= 2
    y
  end

  def run_775(x)
    y = x + 775

    y *= 2
    y
  end

  def run_776(x)
    y = x + 776

    y *= 2
    y
  end

  def run_777(x)
    y = x + 777

    y *= 2
    y
  end

  def run_778(x)
    y = x + 778

    y *= 2
    y
  end

  def run_779(x)
    y = x + 779

    y *= 2
    y
  end

  def run_780(x)
    y = x + 780

    y *= 2
    y
  end

  def run_781(x)
    y = x + 781

    y *= 2
    y
  end

  def run_782(x)
    y = x + 782

    y *= 2
    y
  end

  def run_783(x)
    y = x + 783

    y *= 2
    y
  end

  def run_784(x)
    y = x + 784

    y *= 2
    y
  end

  def run_785(x)
    y = x + 785

    y *= 2
    y
  end

  def run_786(x)
    y = x + 786

    y *= 2
    y
  end

  def run_787(x)
    y = x + 787

    y *= 2
    y
  end

  def run_788(x)
    y = x + 788

    y *= 2
    y
  end

  def run_789(x)
    y = x + 789

    y *= 2
    y
  end

  def run_790(x)
    y = x + 790

    y *= 2
    y
  end

  def run_791(x)
    y = x + 791

    y *= 2
    y
  end

  def run_792(x)
    y = x + 792

    y *= 2
    y
  end

  def run_793(x)
    y = x + 793

    y *= 2
    y
  end

  def run_794(x)
    y = x + 794

    y *= 2
    y
  end

  def run_795(x)
    y = x + 795

    y *= 2
    y
  end

  def run_796(x)
    y = x + 796

    y *= 2
    y
  end

  def run_797(x)
    y = x + 797

    y *= 2
    y
  end

  def run_798(x)
    y = x + 798

    y *= 2
    y
  end

  def run_799(x)
    y = x + 799

    y *= 2
    y
  end

  def run_800(x)
    y = x + 800

    y *= 2
    y
  end

  def run_801(x)
    y = x + 801

    y *= 2
    y
  end

  def run_802(x)
    y = x + 802

    y *= 2
    y
  end

  def run_803(x)
    y = x + 803

    y *= 2
    y
  end

  def run_804(x)
    y = x + 804

    y *= 2
    y
  end

  def run_805(x)
    y = x + 805

    y *= 2
    y
  end

  def run_806(x)
    y = x + 806

    y *= 2
    y
  end

  def run_807(x)
    y = x + 807

    y *= 2
    y
  end

  def run_808(x)
    y = x + 808

    y *= 2
    y
  end

  def run_809(x)
    y = x + 809

    y *= 2
    y
  end

  def run_810(x)
    y = x + 810

    y *= 2
    y
  end

  def run_811(x)
    y = x + 811

    y *= 2
    y
  end

  def run_812(x)
    y = x + 812

    y *= 2
    y
  end

  def run_813(x)
    y = x + 813

    y *= 2
    y
  end

  def run_814(x)
    y = x + 814

    y *= 2
    y
  end

  def run_815(x)
    y = x + 815

    y *= 2
    y
  end

  def run_816(x)
    y = x + 816

    y *= 2
    y
  end

  def run_817(x)
    y = x + 817

    y *= 2
    y
  end

  def run_818(x)
    y = x + 818

    y *= 2
    y
  end

  def run_819(x)
    y = x + 819

    y *= 2
    y
  end

  def run_820(x)
    y = x + 820

    y *= 2
    y
  end

  def run_821(x)
    y = x + 821

    y *= 2
    y
  end

  def run_822(x)
    y = x + 822

    y *= 2
    y
  end

  def run_823(x)
    y = x + 823

    y *= 2
    y
  end

  def run_824(x)
    y = x + 824

    y *= 2
    y
  end

  def run_825(x)
    y = x + 825

    y *= 2
    y
  end

  def run_826(x)
    y = x + 826

    y *= 2
    y
  end

  def run_827(x)
    y = x + 827

    y *= 2
    y
  end

  def run_828(x)
    y = x + 828

    y *= 2
    y
  end

  def run_829(x)
    y = x + 829

    y *= 2
    y
  end

  def run_830(x)
    y = x + 830

    y *= 2
    y
  end

  def run_831(x)
    y = x + 831

    y *= 2
    y
  end

  def run_832(x)
    y = x + 832

    y *= 2
    y
  end

  def run_833(x)
    y = x + 833

    y *= 2
    y
  end

  def run_834(x)
    y = x + 834

    y *= 2
    y
  end

  def run_835(x)
    y = x + 835

    y *= 2
    y
  end

  def run_836(x)
    y = x + 836

    y *= 2
    y
  end

  def run_837(x)
    y = x + 837

    y *= 2
    y
  end

  def run_838(x)
    y = x + 838

    y *= 2
    y
  end

  def run_839(x)
    y = x + 839

    y *= 2
    y
  end

  def run_840(x)
    y = x + 840

    y *= 2
    y
  end

  def run_841(x)
    y = x + 841

    y *= 2
    y
  end

  def run_842(x)
    y = x + 842

    y *= 2
    y
  end

  def run_843(x)
    y = x + 843

    y *= 2
    y
  end

  def run_844(x)
    y = x + 844

    y *= 2
    y
  end

  def run_845(x)
    y = x + 845

    y *= 2
    y
  end

  def run_846(x)
    y = x + 846

    y *= 2
    y
  end

  def run_847(x)
    y = x + 847

    y *= 2
    y
  end

  def run_848(x)
    y = x + 848

    y *= 2
    y
  end

  def run_849(x)
    y = x + 849

    y *= 2
    y
  end

  def run_850(x)
    y = x + 850

    y *= 2
    y
  end

  def run_851(x)
    y = x + 851

    y *= 2
    y
  end

  def run_852(x)
    y = x + 852

    y *= 2
    y
  end

  def run_853(x)
    y = x + 853

    y *= 2
    y
  end

  def run_854(x)
    y = x + 854

    y *= 2
    y
  end

  def run_855(x)
    y = x + 855

    y *= 2
    y
  end

  def run_856(x)
    y = x + 856

    y *= 2
    y
  end

  def run_857(x)
    y = x + 857

    y *= 2
    y
  end

  def run_858(x)
    y = x + 858

    y *= 2
    y
  end

  def run_859(x)
    y = x + 859

    y *= 2
    y
  end

  def run_860(x)
    y = x + 860

    y *= 2
    y
  end

  def run_861(x)
    y = x + 861

    y *= 2
    y
  end

  def run_862(x)
    y = x + 862

    y *= 2
    y
  end

  def run_863(x)
    y = x + 863

    y *= 2
    y
  end

  def run_864(x)
    y = x + 864

    y *= 2
    y
  end

  def run_865(x)
    y = x + 865

    y *= 2
    y
  end

  def run_866(x)
    y = x + 866

    y *= 2
    y
  end

  def run_867(x)
    y = x + 867

    y *= 2
    y
  end

  def run_868(x)
    y = x + 868

    y *= 2
    y
  end

  def run_869(x)
    y = x + 869

    y *= 2
    y
  end

  def run_870(x)
    y = x + 870

    y *= 2
    y
  end

  def run_871(x)
    y = x + 871

    y *= 2
    y
  end

  def run_872(x)
    y = x + 872

    y *= 2
    y
  end

  def run_873(x)
    y = x + 873

    y *= 2
    y
  end

  def run_874(x)
    y = x + 874

    y *= 2
    y
  end

  def run_875(x)
    y = x + 875

    y *= 2
    y
  end

  def run_876(x)
    y = x + 876

    y *= 2
    y
  end

  def run_877(x)
    y = x + 877

    y *= 2
    y
  end

  def run_878(x)
    y = x + 878

    y *= 2
    y
  end

  def run_879(x)
    y = x + 879

    y *= 2
    y
  end

  def run_880(x)
    y = x + 880

    y *= 2
    y
  end

  def run_881(x)
    y = x + 881

    y *= 2
    y
  end

  def run_882(x)
    y = x + 882

    y *= 2
    y
  end

  def run_883(x)
    y = x + 883

    y *= 2
    y
  end

  def run_884(x)
    y = x + 884

    y *= 2
    y
  end

  def run_885(x)
    y = x + 885

    y *= 2
    y
  end

  def run_886(x)
    y = x + 886

    y *= 2
    y
  end

  def run_887(x)
    y = x + 887

    y *= 2
    y
  end

  def run_888(x)
    y = x + 888

    y *= 2
    y
  end

  def run_889(x)
    y = x + 889

    y *= 2
    y
  end

  def run_890(x)
    y = x + 890

    y *= 2
    y
  end

  def run_891(x)
    y = x + 891

    y *= 2
    y
  end

  def run_892(x)
    y = x + 892

    y *= 2
    y
  end

  def run_893(x)
    y = x + 893

    y *= 2
    y
  end

  def run_894(x)
    y = x + 894

    y *= 2
    y
  end

  def run_895(x)
    y = x + 895

    y *= 2
    y
  end

  def run_896(x)
    y = x + 896

    y *= 2
    y
  end

  def run_897(x)
    y = x + 897

    y *= 2
    y
  end

  def run_898(x)
    y = x + 898

    y *= 2
    y
  end

  def run_899(x)
    y = x + 899

    y *= 2
    y
  end

end
