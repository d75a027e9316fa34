import { x } from './x'

export class Big {
  run0(x: number): number {
    const y = x + 0

    return y * 2
  }

  run1(x: number): number {
    const y = x + 1

    return y * 2
  }

  run2(x: number): number {
    const y = x + 2

    return y * 2
  }

  run3(x: number): number {
    const y = x + 3

    return y * 2
  }

  run4(x: number): number {
    const y = x + 4

    return y * 2
  }

  run5(x: number): number {
    const y = x + 5

    return y * 2
  }

  run6(x: number): number {
    const y = x + 6

    return y * 2
  }

  run7(x: number): number {
    const y = x + 7

    return y * 2
  }

  run8(x: number): number {
    const y = x + 8

    return y * 2
  }

  run9(x: number): number {
    const y = x + 9

    return y * 2
  }

  run10(x: number): number {
    const y = x + 10

    return y * 2
  }

  run11(x: number): number {
    const y = x + 11

    return y * 2
  }

  run12(x: number): number {
    const y = x + 12

    return y * 2
  }

  run13(x: number): number {
    const y = x + 13

    return y * 2
  }

  run14(x: number): number {
    const y = x + 14

    return y * 2
  }

  run15(x: number): number {
    const y = x + 15

    return y * 2
  }

  run16(x: number): number {
    const y = x + 16

    return y * 2
  }

  run17(x: number): number {
    const y = x + 17

    return y * 2
  }

  run18(x: number): number {
    const y = x + 18

    return y * 2
  }

  run19(x: number): number {
    const y = x + 19

    return y * 2
  }

  run20(x: number): number {
    const y = x + 20

    return y * 2
  }

  run21(x: number): number {
    const y = x + 21

    return y * 2
  }

  run22(x: number): number {
    const y = x + 22

    return y * 2
  }

  run23(x: number): number {
    const y = x + 23

    return y * 2
  }

  run24(x: number): number {
    const y = x + 24

    return y * 2
  }

  run25(x: number): number {
    const y = x + 25

    return y * 2
  }

  run26(x: number): number {
    const y = x + 26

    return y * 2
  }

  run27(x: number): number {
    const y = x + 27

    return y * 2
  }

  run28(x: number): number {
    const y = x + 28

    return y * 2
  }

  run29(x: number): number {
    const y = x + 29

    return y * 2
  }

  run30(x: number): number {
    const y = x + 30

    return y * 2
  }

  run31(x: number): number {
    const y = x + 31

    return y * 2
  }

  run32(x: number): number {
    const y = x + 32

    return y * 2
  }

  run33(x: number): number {
    const y = x + 33

    return y * 2
  }

  run34(x: number): number {
    const y = x + 34

    return y * 2
  }

  run35(x: number): number {
    const y = x + 35

    return y * 2
  }

  run36(x: number): number {
    const y = x + 36

    return y * 2
  }

  run37(x: number): number {
    const y = x + 37

    return y * 2
  }

  run38(x: number): number {
    const y = x + 38

    return y * 2
  }

  run39(x: number): number {
    const y = x + 39

    return y * 2
  }

  run40(x: number): number {
    const y = x + 40

    return y * 2
  }

  run41(x: number): number {
    const y = x + 41

    return y * 2
  }

  run42(x: number): number {
    const y = x + 42

    return y * 2
  }

  run43(x: number): number {
    const y = x + 43

    return y * 2
  }

  run44(x: number): number {
    const y = x + 44

    return y * 2
  }

  run45(x: number): number {
    const y = x + 45

    return y * 2
  }

  run46(x: number): number {
    const y = x + 46

    return y * 2
  }

  run47(x: number): number {
    const y = x + 47

    return y * 2
  }

  run48(x: number): number {
    const y = x + 48

    return y * 2
  }

  run49(x: number): number {
    const y = x + 49

    return y * 2
  }

  run50(x: number): number {
    const y = x + 50

    return y * 2
  }

  run51(x: number): number {
    const y = x + 51

    return y * 2
  }

  run52(x: number): number {
    const y = x + 52

    return y * 2
  }

  run53(x: number): number {
    const y = x + 53

    return y * 2
  }

  run54(x: number): number {
    const y = x + 54

    return y * 2
  }

  run55(x: number): number {
    const y = x + 55

    return y * 2
  }

  run56(x: number): number {
    const y = x + 56

    return y * 2
  }

  run57(x: number): number {
    const y = x + 57

    return y * 2
  }

  run58(x: number): number {
    const y = x + 58

    return y * 2
  }

  run59(x: number): number {
    const y = x + 59

    return y * 2
  }

  run60(x: number): number {
    const y = x + 60

    return y * 2
  }

  run61(x: number): number {
    const y = x + 61

    return y * 2
  }

  run62(x: number): number {
    const y = x + 62

    return y * 2
  }

  run63(x: number): number {
    const y = x + 63

    return y * 2
  }

  run64(x: number): number {
    const y = x + 64

    return y * 2
  }

  run65(x: number): number {
    const y = x + 65

    return y * 2
  }

  run66(x: number): number {
    const y = x + 66

    return y * 2
  }

  run67(x: number): number {
    const y = x + 67

    return y * 2
  }

  run68(x: number): number {
    const y = x + 68

    return y * 2
  }

  run69(x: number): number {
    const y = x + 69

    return y * 2
  }

  run70(x: number): number {
    const y = x + 70

    return y * 2
  }

  run71(x: number): number {
    const y = x + 71

    return y * 2
  }

  run72(x: number): number {
    const y = x + 72

    return y * 2
  }

  run73(x: number): number {
    const y = x + 73

    return y * 2
  }

  run74(x: number): number {
    const y = x + 74

    return y * 2
  }

  run75(x: number): number {
    const y = x + 75

    return y * 2
  }

  run76(x: number): number {
    const y = x + 76

    return y * 2
  }

  run77(x: number): number {
    const y = x + 77

    return y * 2
  }

  run78(x: number): number {
    const y = x + 78

    return y * 2
  }

  run79(x: number): number {
    const y = x + 79

    return y * 2
  }

  run80(x: number): number {
    const y = x + 80

    return y * 2
  }

  run81(x: number): number {
    const y = x + 81

    return y * 2
  }

  run82(x: number): number {
    const y = x + 82

    return y * 2
  }

  run83(x: number): number {
    const y = x + 83

    return y * 2
  }

  run84(x: number): number {
    const y = x + 84

    return y * 2
  }

  run85(x: number): number {
    const y = x + 85

    return y * 2
  }

  run86(x: number): number {
    const y = x + 86

    return y * 2
  }

  run87(x: number): number {
    const y = x + 87

    return y * 2
  }

  run88(x: number): number {
    const y = x + 88

    return y * 2
  }

  run89(x: number): number {
    const y = x + 89

    return y * 2
  }

  run90(x: number): number {
    const y = x + 90

    return y * 2
  }

  run91(x: number): number {
    const y = x + 91

    return y * 2
  }

  run92(x: number): number {
    const y = x + 92

    return y * 2
  }

  run93(x: number): number {
    const y = x + 93

    return y * 2
  }

  run94(x: number): number {
    const y = x + 94

    return y * 2
  }

  run95(x: number): number {
    const y = x + 95

    return y * 2
  }

  run96(x: number): number {
    const y = x + 96

    return y * 2
  }

  run97(x: number): number {
    const y = x + 97

    return y * 2
  }

  run98(x: number): number {
    const y = x + 98

    return y * 2
  }

  run99(x: number): number {
    const y = x + 99

    return y * 2
  }

  run100(x: number): number {
    const y = x + 100

    return y * 2
  }

  run101(x: number): number {
    const y = x + 101

    return y * 2
  }

  run102(x: number): number {
    const y = x + 102

    return y * 2
  }

  run103(x: number): number {
    const y = x + 103

    return y * 2
  }

  run104(x: number): number {
    const y = x + 104

    return y * 2
  }

  run105(x: number): number {
    const y = x + 105

    return y * 2
  }

  run106(x: number): number {
    const y = x + 106

    return y * 2
  }

  run107(x: number): number {
    const y = x + 107

    return y * 2
  }

  run108(x: number): number {
    const y = x + 108

    return y * 2
  }

  run109(x: number): number {
    const y = x + 109

    return y * 2
  }

  run110(x: number): number {
    const y = x + 110

    return y * 2
  }

  run111(x: number): number {
    const y = x + 111

    return y * 2
  }

  run112(x: number): number {
    const y = x + 112

    return y * 2
  }

  run113(x: number): number {
    const y = x + 113

    return y * 2
  }

  run114(x: number): number {
    const y = x + 114

    return y * 2
  }

  run115(x: number): number {
    const y = x + 115

    return y * 2
  }

  run116(x: number): number {
    const y = x + 116

    return y * 2
  }

  run117(x: number): number {
    const y = x + 117

    return y * 2
  }

  run118(x: number): number {
    const y = x + 118

    return y * 2
  }

  run119(x: number): number {
    const y = x + 119

    return y * 2
  }

  run120(x: number): number {
    const y = x + 120

    return y * 2
  }

  run121(x: number): number {
    const y = x + 121

    return y * 2
  }

  run122(x: number): number {
    const y = x + 122

    return y * 2
  }

  run123(x: number): number {
    const y = x + 123

    return y * 2
  }

  run124(x: number): number {
    const y = x + 124

    return y * 2
  }

  run125(x: number): number {
    const y = x + 125

    return y * 2
  }

  run126(x: number): number {
    const y = x + 126

    return y * 2
  }

  run127(x: number): number {
    const y = x + 127

    return y * 2
  }

  run128(x: number): number {
    const y = x + 128

    return y * 2
  }

  run129(x: number): number {
    const y = x + 129

    return y * 2
  }

  run130(x: number): number {
    const y = x + 130

    return y * 2
  }

  run131(x: number): number {
    const y = x + 131

    return y * 2
  }

  run132(x: number): number {
    const y = x + 132

    return y * 2
  }

  run133(x: number): number {
    const y = x + 133

    return y * 2
  }

  run134(x: number): number {
    const y = x + 134

    return y * 2
  }

  run135(x: number): number {
    const y = x + 135

    return y * 2
  }

  run136(x: number): number {
    const y = x + 136

    return y * 2
  }

  run137(x: number): number {
    const y = x + 137

    return y * 2
  }

  run138(x: number): number {
    const y = x + 138

    return y * 2
  }

  run139(x: number): number {
    const y = x + 139

    return y * 2
  }

  run140(x: number): number {
    const y = x + 140

    return y * 2
  }

  run141(x: number): number {
    const y = x + 141

    return y * 2
  }

  run142(x: number): number {
    const y = x + 142

    return y * 2
  }

  run143(x: number): number {
    const y = x + 143

    return y * 2
  }

  run144(x: number): number {
    const y = x + 144

    return y * 2
  }

  run145(x: number): number {
    const y = x + 145

    return y * 2
  }

  run146(x: number): number {
    const y = x + 146

    return y * 2
  }

  run147(x: number): number {
    const y = x + 147

    return y * 2
  }

  run148(x: number): number {
    const y = x + 148

    return y * 2
  }

  run149(x: number): number {
    const y = x + 149

    return y * 2
  }

  run150(x: number): number {
    const y = x + 150

    return y * 2
  }

  run151(x: number): number {
    const y = x + 151

    return y * 2
  }

  run152(x: number): number {
    const y = x + 152

    return y * 2
  }

  run153(x: number): number {
    const y = x + 153

    return y * 2
  }

  run154(x: number): number {
    const y = x + 154

    return y * 2
  }

  run155(x: number): number {
    const y = x + 155

    return y * 2
  }

  run156(x: number): number {
    const y = x + 156

    return y * 2
  }

  run157(x: number): number {
    const y = x + 157

    return y * 2
  }

  run158(x: number): number {
    const y = x + 158

    return y * 2
  }

  run159(x: number): number {
    const y = x + 159

    return y * 2
  }

  run160(x: number): number {
    const y = x + 160

    return y * 2
  }

  run161(x: number): number {
    const y = x + 161

    return y * 2
  }

  run162(x: number): number {
    const y = x + 162

    return y * 2
  }

  run163(x: number): number {
    const y = x + 163

    return y * 2
  }

  run164(x: number): number {
    const y = x + 164

    return y * 2
  }

  run165(x: number): number {
    const y = x + 165

    return y * 2
  }

  run166(x: number): number {
    const y = x + 166

    return y * 2
  }

  run167(x: number): number {
    const y = x + 167

    return y * 2
  }

  run168(x: number): number {
    const y = x + 168

    return y * 2
  }

  run169(x: number): number {
    const y = x + 169

    return y * 2
  }

  run170(x: number): number {
    const y = x + 170

    return y * 2
  }

  run171(x: number): number {
    const y = x + 171

    return y * 2
  }

  run172(x: number): number {
    const y = x + 172

    return y * 2
  }

  run173(x: number): number {
    const y = x + 173

    return y * 2
  }

  run174(x: number): number {
    const y = x + 174

    return y * 2
  }

  run175(x: number): number {
    const y = x + 175

    return y * 2
  }

  run176(x: number): number {
    const y = x + 176

    return y * 2
  }

  run177(x: number): number {
    const y = x + 177

    return y * 2
  }

  run178(x: number): number {
    const y = x + 178

    return y * 2
  }

  run179(x: number): number {
    const y = x + 179

    return y * 2
  }

  run180(x: number): number {
    const y = x + 180

    return y * 2
  }

  run181(x: number): number {
    const y = x + 181

    return y * 2
  }

  run182(x: number): number {
    const y = x + 182

    return y * 2
  }

  run183(x: number): number {
    const y = x + 183

    return y * 2
  }

  run184(x: number): number {
    const y = x + 184

    return y * 2
  }

  run185(x: number): number {
    const y = x + 185

    return y * 2
  }

  run186(x: number): number {
    const y = x + 186

    return y * 2
  }

  run187(x: number): number {
    const y = x + 187

    return y * 2
  }

  run188(x: number): number {
    const y = x + 188

    return y * 2
  }

  run189(x: number): number {
    const y = x + 189

    return y * 2
  }

  run190(x: number): number {
    const y = x + 190

    return y * 2
  }

  run191(x: number): number {
    const y = x + 191

    return y * 2
  }

  run192(x: number): number {
    const y = x + 192

    return y * 2
  }

  run193(x: number): number {
    const y = x + 193

    return y * 2
  }

  run194(x: number): number {
    const y = x + 194

    return y * 2
  }

  run195(x: number): number {
    const y = x + 195

    return y * 2
  }

  run196(x: number): number {
    const y = x + 196

    return y * 2
  }

  run197(x: number): number {
    const y = x + 197

    return y * 2
  }

  run198(x: number): number {
    const y = x + 198

    return y * 2
  }

  run199(x: number): number {
    const y = x + 199

    return y * 2
  }

  run200(x: number): number {
    const y = x + 200

    return y * 2
  }

  run201(x: number): number {
    const y = x + 201

    return y * 2
  }

  run202(x: number): number {
    const y = x + 202

    return y * 2
  }

  run203(x: number): number {
    const y = x + 203

    return y * 2
  }

  run204(x: number): number {
    const y = x + 204

    return y * 2
  }

  run205(x: number): number {
    const y = x + 205

    return y * 2
  }

  run206(x: number): number {
    const y = x + 206

    return y * 2
  }

  run207(x: number): number {
    const y = x + 207

    return y * 2
  }

  run208(x: number): number {
    const y = x + 208

    return y * 2
  }

  run209(x: number): number {
    const y = x + 209

    return y * 2
  }

  run210(x: number): number {
    const y = x + 210

    return y * 2
  }

  run211(x: number): number {
    const y = x + 211

    return y * 2
  }

  run212(x: number): number {
    const y = x + 212

    return y * 2
  }

  run213(x: number): number {
    const y = x + 213

    return y * 2
  }

  run214(x: number): number {
    const y = x + 214

    return y * 2
  }

  run215(x: number): number {
    const y = x + 215

    return y * 2
  }

  run216(x: number): number {
    const y = x + 216

    return y * 2
  }

  run217(x: number): number {
    const y = x + 217

    return y * 2
  }

  run218(x: number): number {
    const y = x + 218

    return y * 2
  }

  run219(x: number): number {
    const y = x + 219

    return y * 2
  }

  run220(x: number): number {
    const y = x + 220

    return y * 2
  }

  run221(x: number): number {
    const y = x + 221

    return y * 2
  }

  run222(x: number): number {
    const y = x + 222

    return y * 2
  }

  run223(x: number): number {
    const y = x + 223

    return y * 2
  }

  run224(x: number): number {
    const y = x + 224

    return y * 2
  }

  run225(x: number): number {
    const y = x + 225

    return y * 2
  }

  run226(x: number): number {
    const y = x + 226

    return y * 2
  }

  run227(x: number): number {
    const y = x + 227

    return y * 2
  }

  run228(x: number): number {
    const y = x + 228

    return y * 2
  }

  run229(x: number): number {
    const y = x + 229

    return y * 2
  }

  run230(x: number): number {
    const y = x + 230

    return y * 2
  }

  run231(x: number): number {
    const y = x + 231

    return y * 2
  }

  run232(x: number): number {
    const y = x + 232

    return y * 2
  }

  run233(x: number): number {
    const y = x + 233

    return y * 2
  }

  run234(x: number): number {
    const y = x + 234

    return y * 2
  }

  run235(x: number): number {
    const y = x + 235

    return y * 2
  }

  run236(x: number): number {
    const y = x + 236

    return y * 2
  }

  run237(x: number): number {
    const y = x + 237

    return y * 2
  }

  run238(x: number): number {
    const y = x + 238

    return y * 2
  }

  run239(x: number): number {
    const y = x + 239

    return y * 2
  }

  run240(x: number): number {
    const y = x + 240

    return y * 2
  }

  run241(x: number): number {
    const y = x + 241

    return y * 2
  }

  run242(x: number): number {
    const y = x + 242

    return y * 2
  }

  run243(x: number): number {
    const y = x + 243

    return y * 2
  }

  run244(x: number): number {
    const y = x + 244

    return y * 2
  }

  run245(x: number): number {
    const y = x + 245

    return y * 2
  }

  run246(x: number): number {
    const y = x + 246

    return y * 2
  }

  run247(x: number): number {
    const y = x + 247

    return y * 2
  }

  run248(x: number): number {
    const y = x + 248

    return y * 2
  }

  run249(x: number): number {
    const y = x + 249

    return y * 2
  }

  run250(x: number): number {
    const y = x + 250

    return y * 2
  }

  run251(x: number): number {
    const y = x + 251

    return y * 2
  }

  run252(x: number): number {
    const y = x + 252

    return y * 2
  }

  run253(x: number): number {
    const y = x + 253

    return y * 2
  }

  run254(x: number): number {
    const y = x + 254

    return y * 2
  }

  run255(x: number): number {
    const y = x + 255

    return y * 2
  }

  run256(x: number): number {
    const y = x + 256

    return y * 2
  }

  run257(x: number): number {
    const y = x + 257

    return y * 2
  }

  run258(x: number): number {
    const y = x + 258

    return y * 2
  }

  run259(x: number): number {
    const y = x + 259

    return y * 2
  }

  run260(x: number): number {
    const y = x + 260

    return y * 2
  }

  run261(x: number): number {
    const y = x + 261

    return y * 2
  }

  run262(x: number): number {
    const y = x + 262

    return y * 2
  }

  run263(x: number): number {
    const y = x + 263

    return y * 2
  }

  run264(x: number): number {
    const y = x + 264

    return y * 2
  }

  run265(x: number): number {
    const y = x + 265

    return y * 2
  }

  run266(x: number): number {
    const y = x + 266

    return y * 2
  }

  run267(x: number): number {
    const y = x + 267

    return y * 2
  }

  run268(x: number): number {
    const y = x + 268

    return y * 2
  }

  run269(x: number): number {
    const y = x + 269

    return y * 2
  }

  run270(x: number): number {
    const y = x + 270

    return y * 2
  }

  run271(x: number): number {
    const y = x + 271

    return y * 2
  }

  run272(x: number): number {
    const y = x + 272

    return y * 2
  }

  run273(x: number): number {
    const y = x + 273

    return y * 2
  }

  run274(x: number): number {
    const y = x + 274

    return y * 2
  }

  run275(x: number): number {
    const y = x + 275

    return y * 2
  }

  run276(x: number): number {
    const y = x + 276

    return y * 2
  }

  run277(x: number): number {
    const y = x + 277

    return y * 2
  }

  run278(x: number): number {
    const y = x + 278

    return y * 2
  }

  run279(x: number): number {
    const y = x + 279

    return y * 2
  }

  run280(x: number): number {
    const y = x + 280

    return y * 2
  }

  run281(x: number): number {
    const y = x + 281

    return y * 2
  }

  run282(x: number): number {
    const y = x + 282

    return y * 2
  }

  run283(x: number): number {
    const y = x + 283

    return y * 2
  }

  run284(x: number): number {
    const y = x + 284

    return y * 2
  }

  run285(x: number): number {
    const y = x + 285

    return y * 2
  }

  run286(x: number): number {
    const y = x + 286

    return y * 2
  }

  run287(x: number): number {
    const y = x + 287

    return y * 2
  }

  run288(x: number): number {
    const y = x + 288

    return y * 2
  }

  run289(x: number): number {
    const y = x + 289

    return y * 2
  }

  run290(x: number): number {
    const y = x + 290

    return y * 2
  }

  run291(x: number): number {
    const y = x + 291

    return y * 2
  }

  run292(x: number): number {
    const y = x + 292

    return y * 2
  }

  run293(x: number): number {
    const y = x + 293

    return y * 2
  }

  run294(x: number): number {
    const y = x + 294

    return y * 2
  }

  run295(x: number): number {
    const y = x + 295

    return y * 2
  }

  run296(x: number): number {
    const y = x + 296

    return y * 2
  }

  run297(x: number): number {
    const y = x + 297

    return y * 2
  }

  run298(x: number): number {
    const y = x + 298

    return y * 2
  }

  run299(x: number): number {
    const y = x + 299

    return y * 2
  }

  run300(x: number): number {
    const y = x + 300

    return y * 2
  }

  run301(x: number): number {
    const y = x + 301

    return y * 2
  }

  run302(x: number): number {
    const y = x + 302

    return y * 2
  }

  run303(x: number): number {
    const y = x + 303

    return y * 2
  }

  run304(x: number): number {
    const y = x + 304

    return y * 2
  }

  run305(x: number): number {
    const y = x + 305

    return y * 2
  }

  run306(x: number): number {
    const y = x + 306

    return y * 2
  }

  run307(x: number): number {
    const y = x + 307

    return y * 2
  }

  run308(x: number): number {
    const y = x + 308

    return y * 2
  }

  run309(x: number): number {
    const y = x + 309

    return y * 2
  }

  run310(x: number): number {
    const y = x + 310

    return y * 2
  }

  run311(x: number): number {
    const y = x + 311

    return y * 2
  }

  run312(x: number): number {
    const y = x + 312

    return y * 2
  }

  run313(x: number): number {
    const y = x + 313

    return y * 2
  }

  run314(x: number): number {
    const y = x + 314

    return y * 2
  }

  run315(x: number): number {
    const y = x + 315

    return y * 2
  }

  run316(x: number): number {
    const y = x + 316

    return y * 2
  }

  run317(x: number): number {
    const y = x + 317

    return y * 2
  }

  run318(x: number): number {
    const y = x + 318

    return y * 2
  }

  run319(x: number): number {
    const y = x + 319

    return y * 2
  }

  run320(x: number): number {
    const y = x + 320

    return y * 2
  }

  run321(x: number): number {
    const y = x + 321

    return y * 2
  }

  run322(x: number): number {
    const y = x + 322

    return y * 2
  }

  run323(x: number): number {
    const y = x + 323

    return y * 2
  }

  run324(x: number): number {
    const y = x + 324

    return y * 2
  }

  run325(x: number): number {
    const y = x + 325

    return y * 2
  }

  run326(x: number): number {
    const y = x + 326

    return y * 2
  }

  run327(x: number): number {
    const y = x + 327

    return y * 2
  }

  run328(x: number): number {
    const y = x + 328

    return y * 2
  }

  run329(x: number): number {
    const y = x + 329

    return y * 2
  }

  run330(x: number): number {
    const y = x + 330

    return y * 2
  }

  run331(x: number): number {
    const y = x + 331

    return y * 2
  }

  run332(x: number): number {
    const y = x + 332

    return y * 2
  }

  run333(x: number): number {
    const y = x + 333

    return y * 2
  }

  run334(x: number): number {
    const y = x + 334

    return y * 2
  }

  run335(x: number): number {
    const y = x + 335

    return y * 2
  }

  run336(x: number): number {
    const y = x + 336

    return y * 2
  }

  run337(x: number): number {
    const y = x + 337

    return y * 2
  }

  run338(x: number): number {
    const y = x + 338

    return y * 2
  }

  run339(x: number): number {
    const y = x + 339

    return y * 2
  }

  run340(x: number): number {
    const y = x + 340

    return y * 2
  }

  run341(x: number): number {
    const y = x + 341

    return y * 2
  }

  run342(x: number): number {
    const y = x + 342

    return y * 2
  }

  run343(x: number): number {
    const y = x + 343

    return y * 2
  }

  run344(x: number): number {
    const y = x + 344

    return y * 2
  }

  run345(x: number): number {
    const y = x + 345

    return y * 2
  }

  run346(x: number): number {
    const y = x + 346

    return y * 2
  }

  run347(x: number): number {
    const y = x + 347

    return y * 2
  }

  run348(x: number): number {
    const y = x + 348

    return y * 2
  }

  run349(x: number): number {
    const y = x + 349

    return y * 2
  }

  run350(x: number): number {
    const y = x + 350

    return y * 2
  }

  run351(x: number): number {
    const y = x + 351

    return y * 2
  }

  run352(x: number): number {
    const y = x + 352

    return y * 2
  }

  run353(x: number): number {
    const y = x + 353

    return y * 2
  }

  run354(x: number): number {
    const y = x + 354

    return y * 2
  }

  run355(x: number): number {
    const y = x + 355

    return y * 2
  }

  run356(x: number): number {
    const y = x + 356

    return y * 2
  }

  run357(x: number): number {
    const y = x + 357

    return y * 2
  }

  run358(x: number): number {
    const y = x + 358

    return y * 2
  }

  run359(x: number): number {
    const y = x + 359

    return y * 2
  }

  run360(x: number): number {
    const y = x + 360

    return y * 2
  }

  run361(x: number): number {
    const y = x + 361

    return y * 2
  }

  run362(x: number): number {
    const y = x + 362

    return y * 2
  }

  run363(x: number): number {
    const y = x + 363

    return y * 2
  }

  run364(x: number): number {
    const y = x + 364

    return y * 2
  }

  run365(x: number): number {
    const y = x + 365

    return y * 2
  }

  run366(x: number): number {
    const y = x + 366

    return y * 2
  }

  run367(x: number): number {
    const y = x + 367

    return y * 2
  }

  run368(x: number): number {
    const y = x + 368

    return y * 2
  }

  run369(x: number): number {
    const y = x + 369

    return y * 2
  }

  run370(x: number): number {
    const y = x + 370

    return y * 2
  }

  run371(x: number): number {
    const y = x + 371

    return y * 2
  }

  run372(x: number): number {
    const y = x + 372

    return y * 2
  }

  run373(x: number): number {
    const y = x + 373

    return y * 2
  }

  run374(x: number): number {
    const y = x + 374

    return y * 2
  }

  run375(x: number): number {
    const y = x + 375

    return y * 2
  }

  run376(x: number): number {
    const y = x + 376

    return y * 2
  }

  run377(x: number): number {
    const y = x + 377

    return y * 2
  }

  run378(x: number): number {
    const y = x + 378

    return y * 2
  }

  run379(x: number): number {
    const y = x + 379

    return y * 2
  }

  run380(x: number): number {
    const y = x + 380

    return y * 2
  }

  run381(x: number): number {
    const y = x + 381

    return y * 2
  }

  run382(x: number): number {
    const y = x + 382

    return y * 2
  }

  run383(x: number): number {
    const y = x + 383

    return y * 2
  }

  run384(x: number): number {
    const y = x + 384

    return y * 2
  }

  run385(x: number): number {
    const y = x + 385

    return y * 2
  }

  run386(x: number): number {
    const y = x + 386

    return y * 2
  }

  run387(x: number): number {
    const y = x + 387

    return y * 2
  }

  run388(x: number): number {
    const y = x + 388

    return y * 2
  }

  run389(x: number): number {
    const y = x + 389

    return y * 2
  }

  run390(x: number): number {
    const y = x + 390

    return y * 2
  }

  run391(x: number): number {
    const y = x + 391

    return y * 2
  }

  run392(x: number): number {
    const y = x + 392

    return y * 2
  }

  run393(x: number): number {
    const y = x + 393

    return y * 2
  }

  run394(x: number): number {
    const y = x + 394

    return y * 2
  }

  run395(x: number): number {
    const y = x + 395

    return y * 2
  }

  run396(x: number): number {
    const y = x + 396

    return y * 2
  }

  run397(x: number): number {
    const y = x + 397

    return y * 2
  }

  run398(x: number): number {
    const y = x + 398

    return y * 2
  }

  run399(x: number): number {
    const y = x + 399

    return y * 2
  }

  run400(x: number): number {
    const y = x + 400

    return y * 2
  }

  run401(x: number): number {
    const y = x + 401

    return y * 2
  }

  run402(x: number): number {
    const y = x + 402

    return y * 2
  }

  run403(x: number): number {
    const y = x + 403

    return y * 2
  }

  run404(x: number): number {
    const y = x + 404

    return y * 2
  }

  run405(x: number): number {
    const y = x + 405

    return y * 2
  }

  run406(x: number): number {
    const y = x + 406

    return y * 2
  }

  run407(x: number): number {
    const y = x + 407

    return y * 2
  }

  run408(x: number): number {
    const y = x + 408

    return y * 2
  }

  run409(x: number): number {
    const y = x + 409

    return y * 2
  }

  run410(x: number): number {
    const y = x + 410

    return y * 2
  }

  run411(x: number): number {
    const y = x + 411

    return y * 2
  }

  run412(x: number): number {
    const y = x + 412

    return y * 2
  }

  run413(x: number): number {
    const y = x + 413

    return y * 2
  }

  run414(x: number): number {
    const y = x + 414

    return y * 2
  }

  run415(x: number): number {
    const y = x + 415

    return y * 2
  }

  run416(x: number): number {
    const y = x + 416

    return y * 2
  }

  run417(x: number): number {
    const y = x + 417

    return y * 2
  }

  run418(x: number): number {
    const y = x + 418

    return y * 2
  }

  run419(x: number): number {
    const y = x + 419

    return y * 2
  }

  run420(x: number): number {
    const y = x + 420

    return y * 2
  }

  run421(x: number): number {
    const y = x + 421

    return y * 2
  }

  run422(x: number): number {
    const y = x + 422

    return y * 2
  }

  run423(x: number): number {
    const y = x + 423

    return y * 2
  }

  run424(x: number): number {
    const y = x + 424

    return y * 2
  }

  run425(x: number): number {
    const y = x + 425

    return y * 2
  }

  run426(x: number): number {
    const y = x + 426

    return y * 2
  }

  run427(x: number): number {
    const y = x + 427

    return y * 2
  }

  run428(x: number): number {
    const y = x + 428

    return y * 2
  }

  run429(x: number): number {
    const y = x + 429

    return y * 2
  }

  run430(x: number): number {
    const y = x + 430

    return y * 2
  }

  run431(x: number): number {
    const y = x + 431

    return y * 2
  }

  run432(x: number): number {
    const y = x + 432

    return y * 2
  }

  run433(x: number): number {
    const y = x + 433

    return y * 2
  }

  run434(x: number): number {
    const y = x + 434

    return y * 2
  }

  run435(x: number): number {
    const y = x + 435

    return y * 2
  }

  run436(x: number): number {
    const y = x + 436

    return y * 2
  }

  run437(x: number): number {
    const y = x + 437

    return y * 2
  }

  run438(x: number): number {
    const y = x + 438

    return y * 2
  }

  run439(x: number): number {
    const y = x + 439

    return y * 2
  }

  run440(x: number): number {
    const y = x + 440

    return y * 2
  }

  run441(x: number): number {
    const y = x + 441

    return y * 2
  }

  run442(x: number): number {
    const y = x + 442

    return y * 2
  }

  run443(x: number): number {
    const y = x + 443

    return y * 2
  }

  run444(x: number): number {
    const y = x + 444

    return y * 2
  }

  run445(x: number): number {
    const y = x + 445

    return y * 2
  }

  run446(x: number): number {
    const y = x + 446

    return y * 2
  }

  run447(x: number): number {
    const y = x + 447

    return y * 2
  }

  run448(x: number): number {
    const y = x + 448

    return y * 2
  }

  run449(x: number): number {
    const y = x + 449

    return y * 2
  }

  run450(x: number): number {
    const y = x + 450

    return y * 2
  }

  run451(x: number): number {
    const y = x + 451

    return y * 2
  }

  run452(x: number): number {
    const y = x + 452

    return y * 2
  }

  run453(x: number): number {
    const y = x + 453

    return y * 2
  }

  run454(x: number): number {
    const y = x + 454

    return y * 2
  }

  run455(x: number): number {
    const y = x + 455

    return y * 2
  }

  run456(x: number): number {
    const y = x + 456

    return y * 2
  }

  run457(x: number): number {
    const y = x + 457

    return y * 2
  }

  run458(x: number): number {
    const y = x + 458

    return y * 2
  }

  run459(x: number): number {
    const y = x + 459

    return y * 2
  }

  run460(x: number): number {
    const y = x + 460

    return y * 2
  }

  run461(x: number): number {
    const y = x + 461

    return y * 2
  }

  run462(x: number): number {
    const y = x + 462

    return y * 2
  }

  run463(x: number): number {
    const y = x + 463

    return y * 2
  }

  run464(x: number): number {
    const y = x + 464

    return y * 2
  }

  run465(x: number): number {
    const y = x + 465

    return y * 2
  }

  run466(x: number): number {
    const y = x + 466

    return y * 2
  }

  run467(x: number): number {
    const y = x + 467

    return y * 2
  }

  run468(x: number): number {
    const y = x + 468

    return y * 2
  }

  run469(x: number): number {
    const y = x + 469

    return y * 2
  }

  run470(x: number): number {
    const y = x + 470

    return y * 2
  }

  run471(x: number): number {
    const y = x + 471

    return y * 2
  }

  run472(x: number): number {
    const y = x + 472

    return y * 2
  }

  run473(x: number): number {
    const y = x + 473

    return y * 2
  }

  run474(x: number): number {
    const y = x + 474

    return y * 2
  }

  run475(x: number): number {
    const y = x + 475

    return y * 2
  }

  run476(x: number): number {
    const y = x + 476

    return y * 2
  }

  run477(x: number): number {
    const y = x + 477

    return y * 2
  }

  run478(x: number): number {
    const y = x + 478

    return y * 2
  }

  run479(x: number): number {
    const y = x + 479

    return y * 2
  }

  run480(x: number): number {
    const y = x + 480

    return y * 2
  }

  run481(x: number): number {
    const y = x + 481

    return y * 2
  }

  run482(x: number): number {
    const y = x + 482

    return y * 2
  }

  run483(x: number): number {
    const y = x + 483

    return y * 2
  }

  run484(x: number): number {
    const y = x + 484

    return y * 2
  }

  run485(x: number): number {
    const y = x + 485

    return y * 2
  }

  run486(x: number): number {
    const y = x + 486

    return y * 2
  }

  run487(x: number): number {
    const y = x + 487

    return y * 2
  }

  run488(x: number): number {
    const y = x + 488

    return y * 2
  }

  run489(x: number): number {
    const y = x + 489

    return y * 2
  }

  run490(x: number): number {
    const y = x + 490

    return y * 2
  }

  run491(x: number): number {
    const y = x + 491

    return y * 2
  }

  run492(x: number): number {
    const y = x + 492

    return y * 2
  }

  run493(x: number): number {
    const y = x + 493

    return y * 2
  }

  run494(x: number): number {
    const y = x + 494

    return y * 2
  }

  run495(x: number): number {
    const y = x + 495

    return y * 2
  }

  run496(x: number): number {
    const y = x + 496

    return y * 2
  }

  run497(x: number): number {
    const y = x + 497

    return y * 2
  }

  run498(x: number): number {
    const y = x + 498

    return y * 2
  }

  run499(x: number): number {
    const y = x + 499

    return y * 2
  }

  run500(x: number): number {
    const y = x + 500

    return y * 2
  }

  run501(x: number): number {
    const y = x + 501

    return y * 2
  }

  run502(x: number): number {
    const y = x + 502

    return y * 2
  }

  run503(x: number): number {
    const y = x + 503

    return y * 2
  }

  run504(x: number): number {
    const y = x + 504

    return y * 2
  }

  run505(x: number): number {
    const y = x + 505

    return y * 2
  }

  run506(x: number): number {
    const y = x + 506

    return y * 2
  }

  run507(x: number): number {
    const y = x + 507

    return y * 2
  }

  run508(x: number): number {
    const y = x + 508

    return y * 2
  }

  run509(x: number): number {
    const y = x + 509

    return y * 2
  }

  run510(x: number): number {
    const y = x + 510

    return y * 2
  }

  run511(x: number): number {
    const y = x + 511

    return y * 2
  }

  run512(x: number): number {
    const y = x + 512

    return y * 2
  }

  run513(x: number): number {
    const y = x + 513

    return y * 2
  }

  run514(x: number): number {
    const y = x + 514

    return y * 2
  }

  run515(x: number): number {
    const y = x + 515

    return y * 2
  }

  run516(x: number): number {
    const y = x + 516

    return y * 2
  }

  run517(x: number): number {
    const y = x + 517

    return y * 2
  }

  run518(x: number): number {
    const y = x + 518

    return y * 2
  }

  run519(x: number): number {
    const y = x + 519

    return y * 2
  }

  run520(x: number): number {
    const y = x + 520

    return y * 2
  }

  run521(x: number): number {
    const y = x + 521

    return y * 2
  }

  run522(x: number): number {
    const y = x + 522

    return y * 2
  }

  run523(x: number): number {
    const y = x + 523

    return y * 2
  }

  run524(x: number): number {
    const y = x + 524

    return y * 2
  }

  run525(x: number): number {
    const y = x + 525

    return y * 2
  }

  run526(x: number): number {
    const y = x + 526

    return y * 2
  }

  run527(x: number): number {
    const y = x + 527

    return y * 2
  }

  run528(x: number): number {
    const y = x + 528

    return y * 2
  }

  run529(x: number): number {
    const y = x + 529

    return y * 2
  }

  run530(x: number): number {
    const y = x + 530

    return y * 2
  }

  run531(x: number): number {
    const y = x + 531

    return y * 2
  }

  run532(x: number): number {
    const y = x + 532

    return y * 2
  }

  run533(x: number): number {
    const y = x + 533

    return y * 2
  }

  run534(x: number): number {
    const y = x + 534

    return y * 2
  }

  run535(x: number): number {
    const y = x + 535

    return y * 2
  }

  run536(x: number): number {
    const y = x + 536

    return y * 2
  }

  run537(x: number): number {
    const y = x + 537

    return y * 2
  }

  run538(x: number): number {
    const y = x + 538

    return y * 2
  }

  run539(x: number): number {
    const y = x + 539

    return y * 2
  }

  run540(x: number): number {
    const y = x + 540

    return y * 2
  }

  run541(x: number): number {
    const y = x + 541

    return y * 2
  }

  run542(x: number): number {
    const y = x + 542

    return y * 2
  }

  run543(x: number): number {
    const y = x + 543

    return y * 2
  }

  run544(x: number): number {
    const y = x + 544

    return y * 2
  }

  run545(x: number): number {
    const y = x + 545

    return y * 2
  }

  run546(x: number): number {
    const y = x + 546

    return y * 2
  }

  run547(x: number): number {
    const y = x + 547

    return y * 2
  }

  run548(x: number): number {
    const y = x + 548

    return y * 2
  }

  run549(x: number): number {
    const y = x + 549

    return y * 2
  }

  run550(x: number): number {
    const y = x + 550

    return y * 2
  }

  run551(x: number): number {
    const y = x + 551

    return y * 2
  }

  run552(x: number): number {
    const y = x + 552

    return y * 2
  }

  run553(x: number): number {
    const y = x + 553

    return y * 2
  }

  run554(x: number): number {
    const y = x + 554

    return y * 2
  }

  run555(x: number): number {
    const y = x + 555

    return y * 2
  }

  run556(x: number): number {
    const y = x + 556

    return y * 2
  }

  run557(x: number): number {
    const y = x + 557

    return y * 2
  }

  run558(x: number): number {
    const y = x + 558

    return y * 2
  }

  run559(x: number): number {
    const y = x + 559

    return y * 2
  }

  run560(x: number): number {
    const y = x + 560

    return y * 2
  }

  run561(x: number): number {
    const y = x + 561

    return y * 2
  }

  run562(x: number): number {
    const y = x + 562

    return y * 2
  }

  run563(x: number): number {
    const y = x + 563

    return y * 2
  }

  run564(x: number): number {
    const y = x + 564

    return y * 2
  }

  run565(x: number): number {
    const y = x + 565

    return y * 2
  }

  run566(x: number): number {
    const y = x + 566

    return y * 2
  }

  run567(x: number): number {
    const y = x + 567

    return y * 2
  }

  run568(x: number): number {
    const y = x + 568

    return y * 2
  }

  run569(x: number): number {
    const y = x + 569

    return y * 2
  }

  run570(x: number): number {
    const y = x + 570

    return y * 2
  }

  run571(x: number): number {
    const y = x + 571

    return y * 2
  }

  run572(x: number): number {
    const y = x + 572

    return y * 2
  }

  run573(x: number): number {
    const y = x + 573

    return y * 2
  }

  run574(x: number): number {
    const y = x + 574

    return y * 2
  }

  run575(x: number): number {
    const y = x + 575

    return y * 2
  }

  run576(x: number): number {
    const y = x + 576

    return y * 2
  }

  run577(x: number): number {
    const y = x + 577

    return y * 2
  }

  run578(x: number): number {
    const y = x + 578

    return y * 2
  }

  run579(x: number): number {
    const y = x + 579

    return y * 2
  }

  run580(x: number): number {
    const y = x + 580

    return y * 2
  }

  run581(x: number): number {
    const y = x + 581

    return y * 2
  }

  run582(x: number): number {
    const y = x + 582

    return y * 2
  }

  run583(x: number): number {
    const y = x + 583

    return y * 2
  }

  run584(x: number): number {
    const y = x + 584

    return y * 2
  }

  run585(x: number): number {
    const y = x + 585

    return y * 2
  }

  run586(x: number): number {
    const y = x + 586

    return y * 2
  }

  run587(x: number): number {
    const y = x + 587

    return y * 2
  }

  run588(x: number): number {
    const y = x + 588

    return y * 2
  }

  run589(x: number): number {
    const y = x + 589

    return y * 2
  }

  run590(x: number): number {
    const y = x + 590

    return y * 2
  }

  run591(x: number): number {
    const y = x + 591

    return y * 2
  }

  run592(x: number): number {
    const y = x + 592

    return y * 2
  }

  run593(x: number): number {
    const y = x + 593

    return y * 2
  }

  run594(x: number): number {
    const y = x + 594

    return y * 2
  }

  run595(x: number): number {
    const y = x + 595

    return y * 2
  }

  run596(x: number): number {
    const y = x + 596

    return y * 2
  }

  run597(x: number): number {
    const y = x + 597

    return y * 2
  }

  run598(x: number): number {
    const y = x + 598

    return y * 2
  }

  run599(x: number): number {
    const y = x + 599

    return y * 2
  }

  run600(x: number): number {
    const y = x + 600

    return y * 2
  }

  run601(x: number): number {
    const y = x + 601

    return y * 2
  }

  run602(x: number): number {
    const y = x + 602

    return y * 2
  }

  run603(x: number): number {
    const y = x + 603

    return y * 2
  }

  run604(x: number): number {
    const y = x + 604

    return y * 2
  }

  run605(x: number): number {
    const y = x + 605

    return y * 2
  }

  run606(x: number): number {
    const y = x + 606

    return y * 2
  }

  run607(x: number): number {
    const y = x + 607

    return y * 2
  }

  run608(x: number): number {
    const y = x + 608

    return y * 2
  }

  run609(x: number): number {
    const y = x + 609

    return y * 2
  }

  run610(x: number): number {
    const y = x + 610

    return y * 2
  }

  run611(x: number): number {
    const y = x + 611

    return y * 2
  }

  run612(x: number): number {
    const y = x + 612

    return y * 2
  }

  run613(x: number): number {
    const y = x + 613

    return y * 2
  }

  run614(x: number): number {
    const y = x + 614

    return y * 2
  }

  run615(x: number): number {
    const y = x + 615

    return y * 2
  }

  run616(x: number): number {
    const y = x + 616

    return y * 2
  }

  run617(x: number): number {
    const y = x + 617

    return y * 2
  }

  run618(x: number): number {
    const y = x + 618

    return y * 2
  }

  run619(x: number): number {
    const y = x + 619

    return y * 2
  }

  run620(x: number): number {
    const y = x + 620

    return y * 2
  }

  run621(x: number): number {
    const y = x + 621

    return y * 2
  }

  run622(x: number): number {
    const y = x + 622

    return y * 2
  }

  run623(x: number): number {
    const y = x + 623

    return y * 2
  }

  run624(x: number): number {
    const y = x + 624

    return y * 2
  }

  run625(x: number): number {
    const y = x + 625

    return y * 2
  }

  run626(x: number): number {
    const y = x + 626

    return y * 2
  }

  run627(x: number): number {
    const y = x + 627

    return y * 2
  }

  run628(x: number): number {
    const y = x + 628

    return y * 2
  }

  run629(x: number): number {
    const y = x + 629

    return y * 2
  }

  run630(x: number): number {
    const y = x + 630

    return y * 2
  }

  run631(x: number): number {
    const y = x + 631

    return y * 2
  }

  run632(x: number): number {
    const y = x + 632

    return y * 2
  }

  run633(x: number): number {
    const y = x + 633

    return y * 2
  }

  run634(x: number): number {
    const y = x + 634

    return y * 2
  }

  run635(x: number): number {
    const y = x + 635

    return y * 2
  }

  run636(x: number): number {
    const y = x + 636

    return y * 2
  }

  run637(x: number): number {
    const y = x + 637

    return y * 2
  }

  run638(x: number): number {
    const y = x + 638

    return y * 2
  }

  run639(x: number): number {
    const y = x + 639

    return y * 2
  }

  run640(x: number): number {
    const y = x + 640

    return y * 2
  }

  run641(x: number): number {
    const y = x + 641

    return y * 2
  }

  run642(x: number): number {
    const y = x + 642

    return y * 2
  }

  run643(x: number): number {
    const y = x + 643

    return y * 2
  }

  run644(x: number): number {
    const y = x + 644

    return y * 2
  }

  run645(x: number): number {
    const y = x + 645

    return y * 2
  }

  run646(x: number): number {
    const y = x + 646

    return y * 2
  }

  run647(x: number): number {
    const y = x + 647

    return y * 2
  }

  run648(x: number): number {
    const y = x + 648

    return y * 2
  }

  run649(x: number): number {
    const y = x + 649

    return y * 2
  }

  run650(x: number): number {
    const y = x + 650

    return y * 2
  }

  run651(x: number): number {
    const y = x + 651

    return y * 2
  }

  run652(x: number): number {
    const y = x + 652

    return y * 2
  }

  run653(x: number): number {
    const y = x + 653

    return y * 2
  }

  run654(x: number): number {
    const y = x + 654

    return y * 2
  }

  run655(x: number): number {
    const y = x + 655

    return y * 2
  }

  run656(x: number): number {
    const y = x + 656

    return y * 2
  }

  run657(x: number): number {
    const y = x + 657

    return y * 2
  }

  run658(x: number): number {
    const y = x + 658

    return y * 2
  }

  run659(x: number): number {
    const y = x + 659

    return y * 2
  }

  run660(x: number): number {
    const y = x + 660

    return y * 2
  }

  run661(x: number): number {
    const y = x + 661

    return y * 2
  }

  run662(x: number): number {
    const y = x + 662

    return y * 2
  }

  run663(x: number): number {
    const y = x + 663

    return y * 2
  }

  run664(x: number): number {
    const y = x + 664

    return y * 2
  }

  run665(x: number): number {
    const y = x + 665

    return y * 2
  }

  run666(x: number): number {
    const y = x + 666

    return y * 2
  }

  run667(x: number): number {
    const y = x + 667

    return y * 2
  }

  run668(x: number): number {
    const y = x + 668

    return y * 2
  }

  run669(x: number): number {
    const y = x + 669

    return y * 2
  }

  run670(x: number): number {
    const y = x + 670

    return y * 2
  }

  run671(x: number): number {
    const y = x + 671

    return y * 2
  }

  run672(x: number): number {
    const y = x + 672

    return y * 2
  }

  run673(x: number): number {
    const y = x + 673

    return y * 2
  }

  run674(x: number): number {
    const y = x + 674

    return y * 2
  }

  run675(x: number): number {
    const y = x + 675

    return y * 2
  }

  run676(x: number): number {
    const y = x + 676

    return y * 2
  }

  run677(x: number): number {
    const y = x + 677

    return y * 2
  }

  run678(x: number): number {
    const y = x + 678

    return y * 2
  }

  run679(x: number): number {
    const y = x + 679

    return y * 2
  }

  run680(x: number): number {
    const y = x + 680

    return y * 2
  }

  run681(x: number): number {
    const y = x + 681

    return y * 2
  }

  run682(x: number): number {
    const y = x + 682

    return y * 2
  }

  run683(x: number): number {
    const y = x + 683

    return y * 2
  }

  run684(x: number): number {
    const y = x + 684

    return y * 2
  }

  run685(x: number): number {
    const y = x + 685

    return y * 2
  }

  run686(x: number): number {
    const y = x + 686

    return y * 2
  }

  run687(x: number): number {
    const y = x + 687

    return y * 2
  }

  run688(x: number): number {
    const y = x + 688

    return y * 2
  }

  run689(x: number): number {
    const y = x + 689

    return y * 2
  }

  run690(x: number): number {
    const y = x + 690

    return y * 2
  }

  run691(x: number): number {
    const y = x + 691

    return y * 2
  }

  run692(x: number): number {
    const y = x + 692

    return y * 2
  }

  run693(x: number): number {
    const y = x + 693

    return y * 2
  }

  run694(x: number): number {
    const y = x + 694

    return y * 2
  }

  run695(x: number): number {
    const y = x + 695

    return y * 2
  }

  run696(x: number): number {
    const y = x + 696

    return y * 2
  }

  run697(x: number): number {
    const y = x + 697

    return y * 2
  }

  run698(x: number): number {
    const y = x + 698

    return y * 2
  }

  run699(x: number): number {
    const y = x + 699

    return y * 2
  }

}
