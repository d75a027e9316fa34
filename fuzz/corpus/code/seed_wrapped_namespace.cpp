#include <vector>

namespace big {
  int run_0(int x) {
    int y = x + 0;

    return y * 2;
  }

  int run_1(int x) {
    int y = x + 1;

    return y * 2;
  }

  int run_2(int x) {
    int y = x + 2;

    return y * 2;
  }

  int run_3(int x) {
    int y = x + 3;

    return y * 2;
  }

  int run_4(int x) {
    int y = x + 4;

    return y * 2;
  }

  int run_5(int x) {
    int y = x + 5;

    return y * 2;
  }

  int run_6(int x) {
    int y = x + 6;

    return y * 2;
  }

  int run_7(int x) {
    int y = x + 7;

    return y * 2;
  }

  int run_8(int x) {
    int y = x + 8;

    return y * 2;
  }

  int run_9(int x) {
    int y = x + 9;

    return y * 2;
  }

  int run_10(int x) {
    int y = x + 10;

    return y * 2;
  }

  int run_11(int x) {
    int y = x + 11;

    return y * 2;
  }

  int run_12(int x) {
    int y = x + 12;

    return y * 2;
  }

  int run_13(int x) {
    int y = x + 13;

    return y * 2;
  }

  int run_14(int x) {
    int y = x + 14;

    return y * 2;
  }

  int run_15(int x) {
    int y = x + 15;

    return y * 2;
  }

  int run_16(int x) {
    int y = x + 16;

    return y * 2;
  }

  int run_17(int x) {
    int y = x + 17;

    return y * 2;
  }

  int run_18(int x) {
    int y = x + 18;

    return y * 2;
  }

  int run_19(int x) {
    int y = x + 19;

    return y * 2;
  }

  int run_20(int x) {
    int y = x + 20;

    return y * 2;
  }

  int run_21(int x) {
    int y = x + 21;

    return y * 2;
  }

  int run_22(int x) {
    int y = x + 22;

    return y * 2;
  }

  int run_23(int x) {
    int y = x + 23;

    return y * 2;
  }

  int run_24(int x) {
    int y = x + 24;

    return y * 2;
  }

  int run_25(int x) {
    int y = x + 25;

    return y * 2;
  }

  int run_26(int x) {
    int y = x + 26;

    return y * 2;
  }

  int run_27(int x) {
    int y = x + 27;

    return y * 2;
  }

  int run_28(int x) {
    int y = x + 28;

    return y * 2;
  }

  int run_29(int x) {
    int y = x + 29;

    return y * 2;
  }

  int run_30(int x) {
    int y = x + 30;

    return y * 2;
  }

  int run_31(int x) {
    int y = x + 31;

    return y * 2;
  }

  int run_32(int x) {
    int y = x + 32;

    return y * 2;
  }

  int run_33(int x) {
    int y = x + 33;

    return y * 2;
  }

  int run_34(int x) {
    int y = x + 34;

    return y * 2;
  }

  int run_35(int x) {
    int y = x + 35;

    return y * 2;
  }

  int run_36(int x) {
    int y = x + 36;

    return y * 2;
  }

  int run_37(int x) {
    int y = x + 37;

    return y * 2;
  }

  int run_38(int x) {
    int y = x + 38;

    return y * 2;
  }

  int run_39(int x) {
    int y = x + 39;

    return y * 2;
  }

  int run_40(int x) {
    int y = x + 40;

    return y * 2;
  }

  int run_41(int x) {
    int y = x + 41;

    return y * 2;
  }

  int run_42(int x) {
    int y = x + 42;

    return y * 2;
  }

  int run_43(int x) {
    int y = x + 43;

    return y * 2;
  }

  int run_44(int x) {
    int y = x + 44;

    return y * 2;
  }

  int run_45(int x) {
    int y = x + 45;

    return y * 2;
  }

  int run_46(int x) {
    int y = x + 46;

    return y * 2;
  }

  int run_47(int x) {
    int y = x + 47;

    return y * 2;
  }

  int run_48(int x) {
    int y = x + 48;

    return y * 2;
  }

  int run_49(int x) {
    int y = x + 49;

    return y * 2;
  }

  int run_50(int x) {
    int y = x + 50;

    return y * 2;
  }

  int run_51(int x) {
    int y = x + 51;

    return y * 2;
  }

  int run_52(int x) {
    int y = x + 52;

    return y * 2;
  }

  int run_53(int x) {
    int y = x + 53;

    return y * 2;
  }

  int run_54(int x) {
    int y = x + 54;

    return y * 2;
  }

  int run_55(int x) {
    int y = x + 55;

    return y * 2;
  }

  int run_56(int x) {
    int y = x + 56;

    return y * 2;
  }

  int run_57(int x) {
    int y = x + 57;

    return y * 2;
  }

  int run_58(int x) {
    int y = x + 58;

    return y * 2;
  }

  int run_59(int x) {
    int y = x + 59;

    return y * 2;
  }

  int run_60(int x) {
    int y = x + 60;

    return y * 2;
  }

  int run_61(int x) {
    int y = x + 61;

    return y * 2;
  }

  int run_62(int x) {
    int y = x + 62;

    return y * 2;
  }

  int run_63(int x) {
    int y = x + 63;

    return y * 2;
  }

  int run_64(int x) {
    int y = x + 64;

    return y * 2;
  }

  int run_65(int x) {
    int y = x + 65;

    return y * 2;
  }

  int run_66(int x) {
    int y = x + 66;

    return y * 2;
  }

  int run_67(int x) {
    int y = x + 67;

    return y * 2;
  }

  int run_68(int x) {
    int y = x + 68;

    return y * 2;
  }

  int run_69(int x) {
    int y = x + 69;

    return y * 2;
  }

  int run_70(int x) {
    int y = x + 70;

    return y * 2;
  }

  int run_71(int x) {
    int y = x + 71;

    return y * 2;
  }

  int run_72(int x) {
    int y = x + 72;

    return y * 2;
  }

  int run_73(int x) {
    int y = x + 73;

    return y * 2;
  }

  int run_74(int x) {
    int y = x + 74;

    return y * 2;
  }

  int run_75(int x) {
    int y = x + 75;

    return y * 2;
  }

  int run_76(int x) {
    int y = x + 76;

    return y * 2;
  }

  int run_77(int x) {
    int y = x + 77;

    return y * 2;
  }

  int run_78(int x) {
    int y = x + 78;

    return y * 2;
  }

  int run_79(int x) {
    int y = x + 79;

    return y * 2;
  }

  int run_80(int x) {
    int y = x + 80;

    return y * 2;
  }

  int run_81(int x) {
    int y = x + 81;

    return y * 2;
  }

  int run_82(int x) {
    int y = x + 82;

    return y * 2;
  }

  int run_83(int x) {
    int y = x + 83;

    return y * 2;
  }

  int run_84(int x) {
    int y = x + 84;

    return y * 2;
  }

  int run_85(int x) {
    int y = x + 85;

    return y * 2;
  }

  int run_86(int x) {
    int y = x + 86;

    return y * 2;
  }

  int run_87(int x) {
    int y = x + 87;

    return y * 2;
  }

  int run_88(int x) {
    int y = x + 88;

    return y * 2;
  }

  int run_89(int x) {
    int y = x + 89;

    return y * 2;
  }

  int run_90(int x) {
    int y = x + 90;

    return y * 2;
  }

  int run_91(int x) {
    int y = x + 91;

    return y * 2;
  }

  int run_92(int x) {
    int y = x + 92;

    return y * 2;
  }

  int run_93(int x) {
    int y = x + 93;

    return y * 2;
  }

  int run_94(int x) {
    int y = x + 94;

    return y * 2;
  }

  int run_95(int x) {
    int y = x + 95;

    return y * 2;
  }

  int run_96(int x) {
    int y = x + 96;

    return y * 2;
  }

  int run_97(int x) {
    int y = x + 97;

    return y * 2;
  }

  int run_98(int x) {
    int y = x + 98;

    return y * 2;
  }

  int run_99(int x) {
    int y = x + 99;

    return y * 2;
  }

  int run_100(int x) {
    int y = x + 100;

    return y * 2;
  }

  int run_101(int x) {
    int y = x + 101;

    return y * 2;
  }

  int run_102(int x) {
    int y = x + 102;

    return y * 2;
  }

  int run_103(int x) {
    int y = x + 103;

    return y * 2;
  }

  int run_104(int x) {
    int y = x + 104;

    return y * 2;
  }

  int run_105(int x) {
    int y = x + 105;

    return y * 2;
  }

  int run_106(int x) {
    int y = x + 106;

    return y * 2;
  }

  int run_107(int x) {
    int y = x + 107;

    return y * 2;
  }

  int run_108(int x) {
    int y = x + 108;

    return y * 2;
  }

  int run_109(int x) {
    int y = x + 109;

    return y * 2;
  }

  int run_110(int x) {
    int y = x + 110;

    return y * 2;
  }

  int run_111(int x) {
    int y = x + 111;

    return y * 2;
  }

  int run_112(int x) {
    int y = x + 112;

    return y * 2;
  }

  int run_113(int x) {
    int y = x + 113;

    return y * 2;
  }

  int run_114(int x) {
    int y = x + 114;

    return y * 2;
  }

  int run_115(int x) {
    int y = x + 115;

    return y * 2;
  }

  int run_116(int x) {
    int y = x + 116;

    return y * 2;
  }

  int run_117(int x) {
    int y = x + 117;

    return y * 2;
  }

  int run_118(int x) {
    int y = x + 118;

    return y * 2;
  }

  int run_119(int x) {
    int y = x + 119;

    return y * 2;
  }

  int run_120(int x) {
    int y = x + 120;

    return y * 2;
  }

  int run_121(int x) {
    int y = x + 121;

    return y * 2;
  }

  int run_122(int x) {
    int y = x + 122;

    return y * 2;
  }

  int run_123(int x) {
    int y = x + 123;

    return y * 2;
  }

  int run_124(int x) {
    int y = x + 124;

    return y * 2;
  }

  int run_125(int x) {
    int y = x + 125;

    return y * 2;
  }

  int run_126(int x) {
    int y = x + 126;

    return y * 2;
  }

  int run_127(int x) {
    int y = x + 127;

    return y * 2;
  }

  int run_128(int x) {
    int y = x + 128;

    return y * 2;
  }

  int run_129(int x) {
    int y = x + 129;

    return y * 2;
  }

  int run_130(int x) {
    int y = x + 130;

    return y * 2;
  }

  int run_131(int x) {
    int y = x + 131;

    return y * 2;
  }

  int run_132(int x) {
    int y = x + 132;

    return y * 2;
  }

  int run_133(int x) {
    int y = x + 133;

    return y * 2;
  }

  int run_134(int x) {
    int y = x + 134;

    return y * 2;
  }

  int run_135(int x) {
    int y = x + 135;

    return y * 2;
  }

  int run_136(int x) {
    int y = x + 136;

    return y * 2;
  }

  int run_137(int x) {
    int y = x + 137;

    return y * 2;
  }

  int run_138(int x) {
    int y = x + 138;

    return y * 2;
  }

  int run_139(int x) {
    int y = x + 139;

    return y * 2;
  }

  int run_140(int x) {
    int y = x + 140;

    return y * 2;
  }

  int run_141(int x) {
    int y = x + 141;

    return y * 2;
  }

  int run_142(int x) {
    int y = x + 142;

    return y * 2;
  }

  int run_143(int x) {
    int y = x + 143;

    return y * 2;
  }

  int run_144(int x) {
    int y = x + 144;

    return y * 2;
  }

  int run_145(int x) {
    int y = x + 145;

    return y * 2;
  }

  int run_146(int x) {
    int y = x + 146;

    return y * 2;
  }

  int run_147(int x) {
    int y = x + 147;

    return y * 2;
  }

  int run_148(int x) {
    int y = x + 148;

    return y * 2;
  }

  int run_149(int x) {
    int y = x + 149;

    return y * 2;
  }

  int run_150(int x) {
    int y = x + 150;

    return y * 2;
  }

  int run_151(int x) {
    int y = x + 151;

    return y * 2;
  }

  int run_152(int x) {
    int y = x + 152;

    return y * 2;
  }

  int run_153(int x) {
    int y = x + 153;

    return y * 2;
  }

  int run_154(int x) {
    int y = x + 154;

    return y * 2;
  }

  int run_155(int x) {
    int y = x + 155;

    return y * 2;
  }

  int run_156(int x) {
    int y = x + 156;

    return y * 2;
  }

  int run_157(int x) {
    int y = x + 157;

    return y * 2;
  }

  int run_158(int x) {
    int y = x + 158;

    return y * 2;
  }

  int run_159(int x) {
    int y = x + 159;

    return y * 2;
  }

  int run_160(int x) {
    int y = x + 160;

    return y * 2;
  }

  int run_161(int x) {
    int y = x + 161;

    return y * 2;
  }

  int run_162(int x) {
    int y = x + 162;

    return y * 2;
  }

  int run_163(int x) {
    int y = x + 163;

    return y * 2;
  }

  int run_164(int x) {
    int y = x + 164;

    return y * 2;
  }

  int run_165(int x) {
    int y = x + 165;

    return y * 2;
  }

  int run_166(int x) {
    int y = x + 166;

    return y * 2;
  }

  int run_167(int x) {
    int y = x + 167;

    return y * 2;
  }

  int run_168(int x) {
    int y = x + 168;

    return y * 2;
  }

  int run_169(int x) {
    int y = x + 169;

    return y * 2;
  }

  int run_170(int x) {
    int y = x + 170;

    return y * 2;
  }

  int run_171(int x) {
    int y = x + 171;

    return y * 2;
  }

  int run_172(int x) {
    int y = x + 172;

    return y * 2;
  }

  int run_173(int x) {
    int y = x + 173;

    return y * 2;
  }

  int run_174(int x) {
    int y = x + 174;

    return y * 2;
  }

  int run_175(int x) {
    int y = x + 175;

    return y * 2;
  }

  int run_176(int x) {
    int y = x + 176;

    return y * 2;
  }

  int run_177(int x) {
    int y = x + 177;

    return y * 2;
  }

  int run_178(int x) {
    int y = x + 178;

    return y * 2;
  }

  int run_179(int x) {
    int y = x + 179;

    return y * 2;
  }

  int run_180(int x) {
    int y = x + 180;

    return y * 2;
  }

  int run_181(int x) {
    int y = x + 181;

    return y * 2;
  }

  int run_182(int x) {
    int y = x + 182;

    return y * 2;
  }

  int run_183(int x) {
    int y = x + 183;

    return y * 2;
  }

  int run_184(int x) {
    int y = x + 184;

    return y * 2;
  }

  int run_185(int x) {
    int y = x + 185;

    return y * 2;
  }

  int run_186(int x) {
    int y = x + 186;

    return y * 2;
  }

  int run_187(int x) {
    int y = x + 187;

    return y * 2;
  }

  int run_188(int x) {
    int y = x + 188;

    return y * 2;
  }

  int run_189(int x) {
    int y = x + 189;

    return y * 2;
  }

  int run_190(int x) {
    int y = x + 190;

    return y * 2;
  }

  int run_191(int x) {
    int y = x + 191;

    return y * 2;
  }

  int run_192(int x) {
    int y = x + 192;

    return y * 2;
  }

  int run_193(int x) {
    int y = x + 193;

    return y * 2;
  }

  int run_194(int x) {
    int y = x + 194;

    return y * 2;
  }

  int run_195(int x) {
    int y = x + 195;

    return y * 2;
  }

  int run_196(int x) {
    int y = x + 196;

    return y * 2;
  }

  int run_197(int x) {
    int y = x + 197;

    return y * 2;
  }

  int run_198(int x) {
    int y = x + 198;

    return y * 2;
  }

  int run_199(int x) {
    int y = x + 199;

    return y * 2;
  }

  int run_200(int x) {
    int y = x + 200;

    return y * 2;
  }

  int run_201(int x) {
    int y = x + 201;

    return y * 2;
  }

  int run_202(int x) {
    int y = x + 202;

    return y * 2;
  }

  int run_203(int x) {
    int y = x + 203;

    return y * 2;
  }

  int run_204(int x) {
    int y = x + 204;

    return y * 2;
  }

  int run_205(int x) {
    int y = x + 205;

    return y * 2;
  }

  int run_206(int x) {
    int y = x + 206;

    return y * 2;
  }

  int run_207(int x) {
    int y = x + 207;

    return y * 2;
  }

  int run_208(int x) {
    int y = x + 208;

    return y * 2;
  }

  int run_209(int x) {
    int y = x + 209;

    return y * 2;
  }

  int run_210(int x) {
    int y = x + 210;

    return y * 2;
  }

  int run_211(int x) {
    int y = x + 211;

    return y * 2;
  }

  int run_212(int x) {
    int y = x + 212;

    return y * 2;
  }

  int run_213(int x) {
    int y = x + 213;

    return y * 2;
  }

  int run_214(int x) {
    int y = x + 214;

    return y * 2;
  }

  int run_215(int x) {
    int y = x + 215;

    return y * 2;
  }

  int run_216(int x) {
    int y = x + 216;

    return y * 2;
  }

  int run_217(int x) {
    int y = x + 217;

    return y * 2;
  }

  int run_218(int x) {
    int y = x + 218;

    return y * 2;
  }

  int run_219(int x) {
    int y = x + 219;

    return y * 2;
  }

  int run_220(int x) {
    int y = x + 220;

    return y * 2;
  }

  int run_221(int x) {
    int y = x + 221;

    return y * 2;
  }

  int run_222(int x) {
    int y = x + 222;

    return y * 2;
  }

  int run_223(int x) {
    int y = x + 223;

    return y * 2;
  }

  int run_224(int x) {
    int y = x + 224;

    return y * 2;
  }

  int run_225(int x) {
    int y = x + 225;

    return y * 2;
  }

  int run_226(int x) {
    int y = x + 226;

    return y * 2;
  }

  int run_227(int x) {
    int y = x + 227;

    return y * 2;
  }

  int run_228(int x) {
    int y = x + 228;

    return y * 2;
  }

  int run_229(int x) {
    int y = x + 229;

    return y * 2;
  }

  int run_230(int x) {
    int y = x + 230;

    return y * 2;
  }

  int run_231(int x) {
    int y = x + 231;

    return y * 2;
  }

  int run_232(int x) {
    int y = x + 232;

    return y * 2;
  }

  int run_233(int x) {
    int y = x + 233;

    return y * 2;
  }

  int run_234(int x) {
    int y = x + 234;

    return y * 2;
  }

  int run_235(int x) {
    int y = x + 235;

    return y * 2;
  }

  int run_236(int x) {
    int y = x + 236;

    return y * 2;
  }

  int run_237(int x) {
    int y = x + 237;

    return y * 2;
  }

  int run_238(int x) {
    int y = x + 238;

    return y * 2;
  }

  int run_239(int x) {
    int y = x + 239;

    return y * 2;
  }

  int run_240(int x) {
    int y = x + 240;

    return y * 2;
  }

  int run_241(int x) {
    int y = x + 241;

    return y * 2;
  }

  int run_242(int x) {
    int y = x + 242;

    return y * 2;
  }

  int run_243(int x) {
    int y = x + 243;

    return y * 2;
  }

  int run_244(int x) {
    int y = x + 244;

    return y * 2;
  }

  int run_245(int x) {
    int y = x + 245;

    return y * 2;
  }

  int run_246(int x) {
    int y = x + 246;

    return y * 2;
  }

  int run_247(int x) {
    int y = x + 247;

    return y * 2;
  }

  int run_248(int x) {
    int y = x + 248;

    return y * 2;
  }

  int run_249(int x) {
    int y = x + 249;

    return y * 2;
  }

  int run_250(int x) {
    int y = x + 250;

    return y * 2;
  }

  int run_251(int x) {
    int y = x + 251;

    return y * 2;
  }

  int run_252(int x) {
    int y = x + 252;

    return y * 2;
  }

  int run_253(int x) {
    int y = x + 253;

    return y * 2;
  }

  int run_254(int x) {
    int y = x + 254;

    return y * 2;
  }

  int run_255(int x) {
    int y = x + 255;

    return y * 2;
  }

  int run_256(int x) {
    int y = x + 256;

    return y * 2;
  }

  int run_257(int x) {
    int y = x + 257;

    return y * 2;
  }

  int run_258(int x) {
    int y = x + 258;

    return y * 2;
  }

  int run_259(int x) {
    int y = x + 259;

    return y * 2;
  }

  int run_260(int x) {
    int y = x + 260;

    return y * 2;
  }

  int run_261(int x) {
    int y = x + 261;

    return y * 2;
  }

  int run_262(int x) {
    int y = x + 262;

    return y * 2;
  }

  int run_263(int x) {
    int y = x + 263;

    return y * 2;
  }

  int run_264(int x) {
    int y = x + 264;

    return y * 2;
  }

  int run_265(int x) {
    int y = x + 265;

    return y * 2;
  }

  int run_266(int x) {
    int y = x + 266;

    return y * 2;
  }

  int run_267(int x) {
    int y = x + 267;

    return y * 2;
  }

  int run_268(int x) {
    int y = x + 268;

    return y * 2;
  }

  int run_269(int x) {
    int y = x + 269;

    return y * 2;
  }

  int run_270(int x) {
    int y = x + 270;

    return y * 2;
  }

  int run_271(int x) {
    int y = x + 271;

    return y * 2;
  }

  int run_272(int x) {
    int y = x + 272;

    return y * 2;
  }

  int run_273(int x) {
    int y = x + 273;

    return y * 2;
  }

  int run_274(int x) {
    int y = x + 274;

    return y * 2;
  }

  int run_275(int x) {
    int y = x + 275;

    return y * 2;
  }

  int run_276(int x) {
    int y = x + 276;

    return y * 2;
  }

  int run_277(int x) {
    int y = x + 277;

    return y * 2;
  }

  int run_278(int x) {
    int y = x + 278;

    return y * 2;
  }

  int run_279(int x) {
    int y = x + 279;

    return y * 2;
  }

  int run_280(int x) {
    int y = x + 280;

    return y * 2;
  }

  int run_281(int x) {
    int y = x + 281;

    return y * 2;
  }

  int run_282(int x) {
    int y = x + 282;

    return y * 2;
  }

  int run_283(int x) {
    int y = x + 283;

    return y * 2;
  }

  int run_284(int x) {
    int y = x + 284;

    return y * 2;
  }

  int run_285(int x) {
    int y = x + 285;

    return y * 2;
  }

  int run_286(int x) {
    int y = x + 286;

    return y * 2;
  }

  int run_287(int x) {
    int y = x + 287;

    return y * 2;
  }

  int run_288(int x) {
    int y = x + 288;

    return y * 2;
  }

  int run_289(int x) {
    int y = x + 289;

    return y * 2;
  }

  int run_290(int x) {
    int y = x + 290;

    return y * 2;
  }

  int run_291(int x) {
    int y = x + 291;

    return y * 2;
  }

  int run_292(int x) {
    int y = x + 292;

    return y * 2;
  }

  int run_293(int x) {
    int y = x + 293;

    return y * 2;
  }

  int run_294(int x) {
    int y = x + 294;

    return y * 2;
  }

  int run_295(int x) {
    int y = x + 295;

    return y * 2;
  }

  int run_296(int x) {
    int y = x + 296;

    return y * 2;
  }

  int run_297(int x) {
    int y = x + 297;

    return y * 2;
  }

  int run_298(int x) {
    int y = x + 298;

    return y * 2;
  }

  int run_299(int x) {
    int y = x + 299;

    return y * 2;
  }

  int run_300(int x) {
    int y = x + 300;

    return y * 2;
  }

  int run_301(int x) {
    int y = x + 301;

    return y * 2;
  }

  int run_302(int x) {
    int y = x + 302;

    return y * 2;
  }

  int run_303(int x) {
    int y = x + 303;

    return y * 2;
  }

  int run_304(int x) {
    int y = x + 304;

    return y * 2;
  }

  int run_305(int x) {
    int y = x + 305;

    return y * 2;
  }

  int run_306(int x) {
    int y = x + 306;

    return y * 2;
  }

  int run_307(int x) {
    int y = x + 307;

    return y * 2;
  }

  int run_308(int x) {
    int y = x + 308;

    return y * 2;
  }

  int run_309(int x) {
    int y = x + 309;

    return y * 2;
  }

  int run_310(int x) {
    int y = x + 310;

    return y * 2;
  }

  int run_311(int x) {
    int y = x + 311;

    return y * 2;
  }

  int run_312(int x) {
    int y = x + 312;

    return y * 2;
  }

  int run_313(int x) {
    int y = x + 313;

    return y * 2;
  }

  int run_314(int x) {
    int y = x + 314;

    return y * 2;
  }

  int run_315(int x) {
    int y = x + 315;

    return y * 2;
  }

  int run_316(int x) {
    int y = x + 316;

    return y * 2;
  }

  int run_317(int x) {
    int y = x + 317;

    return y * 2;
  }

  int run_318(int x) {
    int y = x + 318;

    return y * 2;
  }

  int run_319(int x) {
    int y = x + 319;

    return y * 2;
  }

  int run_320(int x) {
    int y = x + 320;

    return y * 2;
  }

  int run_321(int x) {
    int y = x + 321;

    return y * 2;
  }

  int run_322(int x) {
    int y = x + 322;

    return y * 2;
  }

  int run_323(int x) {
    int y = x + 323;

    return y * 2;
  }

  int run_324(int x) {
    int y = x + 324;

    return y * 2;
  }

  int run_325(int x) {
    int y = x + 325;

    return y * 2;
  }

  int run_326(int x) {
    int y = x + 326;

    return y * 2;
  }

  int run_327(int x) {
    int y = x + 327;

    return y * 2;
  }

  int run_328(int x) {
    int y = x + 328;

    return y * 2;
  }

  int run_329(int x) {
    int y = x + 329;

    return y * 2;
  }

  int run_330(int x) {
    int y = x + 330;

    return y * 2;
  }

  int run_331(int x) {
    int y = x + 331;

    return y * 2;
  }

  int run_332(int x) {
    int y = x + 332;

    return y * 2;
  }

  int run_333(int x) {
    int y = x + 333;

    return y * 2;
  }

  int run_334(int x) {
    int y = x + 334;

    return y * 2;
  }

  int run_335(int x) {
    int y = x + 335;

    return y * 2;
  }

  int run_336(int x) {
    int y = x + 336;

    return y * 2;
  }

  int run_337(int x) {
    int y = x + 337;

    return y * 2;
  }

  int run_338(int x) {
    int y = x + 338;

    return y * 2;
  }

  int run_339(int x) {
    int y = x + 339;

    return y * 2;
  }

  int run_340(int x) {
    int y = x + 340;

    return y * 2;
  }

  int run_341(int x) {
    int y = x + 341;

    return y * 2;
  }

  int run_342(int x) {
    int y = x + 342;

    return y * 2;
  }

  int run_343(int x) {
    int y = x + 343;

    return y * 2;
  }

  int run_344(int x) {
    int y = x + 344;

    return y * 2;
  }

  int run_345(int x) {
    int y = x + 345;

    return y * 2;
  }

  int run_346(int x) {
    int y = x + 346;

    return y * 2;
  }

  int run_347(int x) {
    int y = x + 347;

    return y * 2;
  }

  int run_348(int x) {
    int y = x + 348;

    return y * 2;
  }

  int run_349(int x) {
    int y = x + 349;

    return y * 2;
  }

  int run_350(int x) {
    int y = x + 350;

    return y * 2;
  }

  int run_351(int x) {
    int y = x + 351;

    return y * 2;
  }

  int run_352(int x) {
    int y = x + 352;

    return y * 2;
  }

  int run_353(int x) {
    int y = x + 353;

    return y * 2;
  }

  int run_354(int x) {
    int y = x + 354;

    return y * 2;
  }

  int run_355(int x) {
    int y = x + 355;

    return y * 2;
  }

  int run_356(int x) {
    int y = x + 356;

    return y * 2;
  }

  int run_357(int x) {
    int y = x + 357;

    return y * 2;
  }

  int run_358(int x) {
    int y = x + 358;

    return y * 2;
  }

  int run_359(int x) {
    int y = x + 359;

    return y * 2;
  }

  int run_360(int x) {
    int y = x + 360;

    return y * 2;
  }

  int run_361(int x) {
    int y = x + 361;

    return y * 2;
  }

  int run_362(int x) {
    int y = x + 362;

    return y * 2;
  }

  int run_363(int x) {
    int y = x + 363;

    return y * 2;
  }

  int run_364(int x) {
    int y = x + 364;

    return y * 2;
  }

  int run_365(int x) {
    int y = x + 365;

    return y * 2;
  }

  int run_366(int x) {
    int y = x + 366;

    return y * 2;
  }

  int run_367(int x) {
    int y = x + 367;

    return y * 2;
  }

  int run_368(int x) {
    int y = x + 368;

    return y * 2;
  }

  int run_369(int x) {
    int y = x + 369;

    return y * 2;
  }

  int run_370(int x) {
    int y = x + 370;

    return y * 2;
  }

  int run_371(int x) {
    int y = x + 371;

    return y * 2;
  }

  int run_372(int x) {
    int y = x + 372;

    return y * 2;
  }

  int run_373(int x) {
    int y = x + 373;

    return y * 2;
  }

  int run_374(int x) {
    int y = x + 374;

    return y * 2;
  }

  int run_375(int x) {
    int y = x + 375;

    return y * 2;
  }

  int run_376(int x) {
    int y = x + 376;

    return y * 2;
  }

  int run_377(int x) {
    int y = x + 377;

    return y * 2;
  }

  int run_378(int x) {
    int y = x + 378;

    return y * 2;
  }

  int run_379(int x) {
    int y = x + 379;

    return y * 2;
  }

  int run_380(int x) {
    int y = x + 380;

    return y * 2;
  }

  int run_381(int x) {
    int y = x + 381;

    return y * 2;
  }

  int run_382(int x) {
    int y = x + 382;

    return y * 2;
  }

  int run_383(int x) {
    int y = x + 383;

    return y * 2;
  }

  int run_384(int x) {
    int y = x + 384;

    return y * 2;
  }

  int run_385(int x) {
    int y = x + 385;

    return y * 2;
  }

  int run_386(int x) {
    int y = x + 386;

    return y * 2;
  }

  int run_387(int x) {
    int y = x + 387;

    return y * 2;
  }

  int run_388(int x) {
    int y = x + 388;

    return y * 2;
  }

  int run_389(int x) {
    int y = x + 389;

    return y * 2;
  }

  int run_390(int x) {
    int y = x + 390;

    return y * 2;
  }

  int run_391(int x) {
    int y = x + 391;

    return y * 2;
  }

  int run_392(int x) {
    int y = x + 392;

    return y * 2;
  }

  int run_393(int x) {
    int y = x + 393;

    return y * 2;
  }

  int run_394(int x) {
    int y = x + 394;

    return y * 2;
  }

  int run_395(int x) {
    int y = x + 395;

    return y * 2;
  }

  int run_396(int x) {
    int y = x + 396;

    return y * 2;
  }

  int run_397(int x) {
    int y = x + 397;

    return y * 2;
  }

  int run_398(int x) {
    int y = x + 398;

    return y * 2;
  }

  int run_399(int x) {
    int y = x + 399;

    return y * 2;
  }

  int run_400(int x) {
    int y = x + 400;

    return y * 2;
  }

  int run_401(int x) {
    int y = x + 401;

    return y * 2;
  }

  int run_402(int x) {
    int y = x + 402;

    return y * 2;
  }

  int run_403(int x) {
    int y = x + 403;

    return y * 2;
  }

  int run_404(int x) {
    int y = x + 404;

    return y * 2;
  }

  int run_405(int x) {
    int y = x + 405;

    return y * 2;
  }

  int run_406(int x) {
    int y = x + 406;

    return y * 2;
  }

  int run_407(int x) {
    int y = x + 407;

    return y * 2;
  }

  int run_408(int x) {
    int y = x + 408;

    return y * 2;
  }

  int run_409(int x) {
    int y = x + 409;

    return y * 2;
  }

  int run_410(int x) {
    int y = x + 410;

    return y * 2;
  }

  int run_411(int x) {
    int y = x + 411;

    return y * 2;
  }

  int run_412(int x) {
    int y = x + 412;

    return y * 2;
  }

  int run_413(int x) {
    int y = x + 413;

    return y * 2;
  }

  int run_414(int x) {
    int y = x + 414;

    return y * 2;
  }

  int run_415(int x) {
    int y = x + 415;

    return y * 2;
  }

  int run_416(int x) {
    int y = x + 416;

    return y * 2;
  }

  int run_417(int x) {
    int y = x + 417;

    return y * 2;
  }

  int run_418(int x) {
    int y = x + 418;

    return y * 2;
  }

  int run_419(int x) {
    int y = x + 419;

    return y * 2;
  }

  int run_420(int x) {
    int y = x + 420;

    return y * 2;
  }

  int run_421(int x) {
    int y = x + 421;

    return y * 2;
  }

  int run_422(int x) {
    int y = x + 422;

    return y * 2;
  }

  int run_423(int x) {
    int y = x + 423;

    return y * 2;
  }

  int run_424(int x) {
    int y = x + 424;

    return y * 2;
  }

  int run_425(int x) {
    int y = x + 425;

    return y * 2;
  }

  int run_426(int x) {
    int y = x + 426;

    return y * 2;
  }

  int run_427(int x) {
    int y = x + 427;

    return y * 2;
  }

  int run_428(int x) {
    int y = x + 428;

    return y * 2;
  }

  int run_429(int x) {
    int y = x + 429;

    return y * 2;
  }

  int run_430(int x) {
    int y = x + 430;

    return y * 2;
  }

  int run_431(int x) {
    int y = x + 431;

    return y * 2;
  }

  int run_432(int x) {
    int y = x + 432;

    return y * 2;
  }

  int run_433(int x) {
    int y = x + 433;

    return y * 2;
  }

  int run_434(int x) {
    int y = x + 434;

    return y * 2;
  }

  int run_435(int x) {
    int y = x + 435;

    return y * 2;
  }

  int run_436(int x) {
    int y = x + 436;

    return y * 2;
  }

  int run_437(int x) {
    int y = x + 437;

    return y * 2;
  }

  int run_438(int x) {
    int y = x + 438;

    return y * 2;
  }

  int run_439(int x) {
    int y = x + 439;

    return y * 2;
  }

  int run_440(int x) {
    int y = x + 440;

    return y * 2;
  }

  int run_441(int x) {
    int y = x + 441;

    return y * 2;
  }

  int run_442(int x) {
    int y = x + 442;

    return y * 2;
  }

  int run_443(int x) {
    int y = x + 443;

    return y * 2;
  }

  int run_444(int x) {
    int y = x + 444;

    return y * 2;
  }

  int run_445(int x) {
    int y = x + 445;

    return y * 2;
  }

  int run_446(int x) {
    int y = x + 446;

    return y * 2;
  }

  int run_447(int x) {
    int y = x + 447;

    return y * 2;
  }

  int run_448(int x) {
    int y = x + 448;

    return y * 2;
  }

  int run_449(int x) {
    int y = x + 449;

    return y * 2;
  }

  int run_450(int x) {
    int y = x + 450;

    return y * 2;
  }

  int run_451(int x) {
    int y = x + 451;

    return y * 2;
  }

  int run_452(int x) {
    int y = x + 452;

    return y * 2;
  }

  int run_453(int x) {
    int y = x + 453;

    return y * 2;
  }

  int run_454(int x) {
    int y = x + 454;

    return y * 2;
  }

  int run_455(int x) {
    int y = x + 455;

    return y * 2;
  }

  int run_456(int x) {
    int y = x + 456;

    return y * 2;
  }

  int run_457(int x) {
    int y = x + 457;

    return y * 2;
  }

  int run_458(int x) {
    int y = x + 458;

    return y * 2;
  }

  int run_459(int x) {
    int y = x + 459;

    return y * 2;
  }

  int run_460(int x) {
    int y = x + 460;

    return y * 2;
  }

  int run_461(int x) {
    int y = x + 461;

    return y * 2;
  }

  int run_462(int x) {
    int y = x + 462;

    return y * 2;
  }

  int run_463(int x) {
    int y = x + 463;

    return y * 2;
  }

  int run_464(int x) {
    int y = x + 464;

    return y * 2;
  }

  int run_465(int x) {
    int y = x + 465;

    return y * 2;
  }

  int run_466(int x) {
    int y = x + 466;

    return y * 2;
  }

  int run_467(int x) {
    int y = x + 467;

    return y * 2;
  }

  int run_468(int x) {
    int y = x + 468;

    return y * 2;
  }

  int run_469(int x) {
    int y = x + 469;

    return y * 2;
  }

  int run_470(int x) {
    int y = x + 470;

    return y * 2;
  }

  int run_471(int x) {
    int y = x + 471;

    return y * 2;
  }

  int run_472(int x) {
    int y = x + 472;

    return y * 2;
  }

  int run_473(int x) {
    int y = x + 473;

    return y * 2;
  }

  int run_474(int x) {
    int y = x + 474;

    return y * 2;
  }

  int run_475(int x) {
    int y = x + 475;

    return y * 2;
  }

  int run_476(int x) {
    int y = x + 476;

    return y * 2;
  }

  int run_477(int x) {
    int y = x + 477;

    return y * 2;
  }

  int run_478(int x) {
    int y = x + 478;

    return y * 2;
  }

  int run_479(int x) {
    int y = x + 479;

    return y * 2;
  }

  int run_480(int x) {
    int y = x + 480;

    return y * 2;
  }

  int run_481(int x) {
    int y = x + 481;

    return y * 2;
  }

  int run_482(int x) {
    int y = x + 482;

    return y * 2;
  }

  int run_483(int x) {
    int y = x + 483;

    return y * 2;
  }

  int run_484(int x) {
    int y = x + 484;

    return y * 2;
  }

  int run_485(int x) {
    int y = x + 485;

    return y * 2;
  }

  int run_486(int x) {
    int y = x + 486;

    return y * 2;
  }

  int run_487(int x) {
    int y = x + 487;

    return y * 2;
  }

  int run_488(int x) {
    int y = x + 488;

    return y * 2;
  }

  int run_489(int x) {
    int y = x + 489;

    return y * 2;
  }

  int run_490(int x) {
    int y = x + 490;

    return y * 2;
  }

  int run_491(int x) {
    int y = x + 491;

    return y * 2;
  }

  int run_492(int x) {
    int y = x + 492;

    return y * 2;
  }

  int run_493(int x) {
    int y = x + 493;

    return y * 2;
  }

  int run_494(int x) {
    int y = x + 494;

    return y * 2;
  }

  int run_495(int x) {
    int y = x + 495;

    return y * 2;
  }

  int run_496(int x) {
    int y = x + 496;

    return y * 2;
  }

  int run_497(int x) {
    int y = x + 497;

    return y * 2;
  }

  int run_498(int x) {
    int y = x + 498;

    return y * 2;
  }

  int run_499(int x) {
    int y = x + 499;

    return y * 2;
  }

  int run_500(int x) {
    int y = x + 500;

    return y * 2;
  }

  int run_501(int x) {
    int y = x + 501;

    return y * 2;
  }

  int run_502(int x) {
    int y = x + 502;

    return y * 2;
  }

  int run_503(int x) {
    int y = x + 503;

    return y * 2;
  }

  int run_504(int x) {
    int y = x + 504;

    return y * 2;
  }

  int run_505(int x) {
    int y = x + 505;

    return y * 2;
  }

  int run_506(int x) {
    int y = x + 506;

    return y * 2;
  }

  int run_507(int x) {
    int y = x + 507;

    return y * 2;
  }

  int run_508(int x) {
    int y = x + 508;

    return y * 2;
  }

  int run_509(int x) {
    int y = x + 509;

    return y * 2;
  }

  int run_510(int x) {
    int y = x + 510;

    return y * 2;
  }

  int run_511(int x) {
    int y = x + 511;

    return y * 2;
  }

  int run_512(int x) {
    int y = x + 512;

    return y * 2;
  }

  int run_513(int x) {
    int y = x + 513;

    return y * 2;
  }

  int run_514(int x) {
    int y = x + 514;

    return y * 2;
  }

  int run_515(int x) {
    int y = x + 515;

    return y * 2;
  }

  int run_516(int x) {
    int y = x + 516;

    return y * 2;
  }

  int run_517(int x) {
    int y = x + 517;

    return y * 2;
  }

  int run_518(int x) {
    int y = x + 518;

    return y * 2;
  }

  int run_519(int x) {
    int y = x + 519;

    return y * 2;
  }

  int run_520(int x) {
    int y = x + 520;

    return y * 2;
  }

  int run_521(int x) {
    int y = x + 521;

    return y * 2;
  }

  int run_522(int x) {
    int y = x + 522;

    return y * 2;
  }

  int run_523(int x) {
    int y = x + 523;

    return y * 2;
  }

  int run_524(int x) {
    int y = x + 524;

    return y * 2;
  }

  int run_525(int x) {
    int y = x + 525;

    return y * 2;
  }

  int run_526(int x) {
    int y = x + 526;

    return y * 2;
  }

  int run_527(int x) {
    int y = x + 527;

    return y * 2;
  }

  int run_528(int x) {
    int y = x + 528;

    return y * 2;
  }

  int run_529(int x) {
    int y = x + 529;

    return y * 2;
  }

  int run_530(int x) {
    int y = x + 530;

    return y * 2;
  }

  int run_531(int x) {
    int y = x + 531;

    return y * 2;
  }

  int run_532(int x) {
    int y = x + 532;

    return y * 2;
  }

  int run_533(int x) {
    int y = x + 533;

    return y * 2;
  }

  int run_534(int x) {
    int y = x + 534;

    return y * 2;
  }

  int run_535(int x) {
    int y = x + 535;

    return y * 2;
  }

  int run_536(int x) {
    int y = x + 536;

    return y * 2;
  }

  int run_537(int x) {
    int y = x + 537;

    return y * 2;
  }

  int run_538(int x) {
    int y = x + 538;

    return y * 2;
  }

  int run_539(int x) {
    int y = x + 539;

    return y * 2;
  }

  int run_540(int x) {
    int y = x + 540;

    return y * 2;
  }

  int run_541(int x) {
    int y = x + 541;

    return y * 2;
  }

  int run_542(int x) {
    int y = x + 542;

    return y * 2;
  }

  int run_543(int x) {
    int y = x + 543;

    return y * 2;
  }

  int run_544(int x) {
    int y = x + 544;

    return y * 2;
  }

  int run_545(int x) {
    int y = x + 545;

    return y * 2;
  }

  int run_546(int x) {
    int y = x + 546;

    return y * 2;
  }

  int run_547(int x) {
    int y = x + 547;

    return y * 2;
  }

  int run_548(int x) {
    int y = x + 548;

    return y * 2;
  }

  int run_549(int x) {
    int y = x + 549;

    return y * 2;
  }

  int run_550(int x) {
    int y = x + 550;

    return y * 2;
  }

  int run_551(int x) {
    int y = x + 551;

    return y * 2;
  }

  int run_552(int x) {
    int y = x + 552;

    return y * 2;
  }

  int run_553(int x) {
    int y = x + 553;

    return y * 2;
  }

  int run_554(int x) {
    int y = x + 554;

    return y * 2;
  }

  int run_555(int x) {
    int y = x + 555;

    return y * 2;
  }

  int run_556(int x) {
    int y = x + 556;

    return y * 2;
  }

  int run_557(int x) {
    int y = x + 557;

    return y * 2;
  }

  int run_558(int x) {
    int y = x + 558;

    return y * 2;
  }

  int run_559(int x) {
    int y = x + 559;

    return y * 2;
  }

  int run_560(int x) {
    int y = x + 560;

    return y * 2;
  }

  int run_561(int x) {
    int y = x + 561;

    return y * 2;
  }

  int run_562(int x) {
    int y = x + 562;

    return y * 2;
  }

  int run_563(int x) {
    int y = x + 563;

    return y * 2;
  }

  int run_564(int x) {
    int y = x + 564;

    return y * 2;
  }

  int run_565(int x) {
    int y = x + 565;

    return y * 2;
  }

  int run_566(int x) {
    int y = x + 566;

    return y * 2;
  }

  int run_567(int x) {
    int y = x + 567;

    return y * 2;
  }

  int run_568(int x) {
    int y = x + 568;

    return y * 2;
  }

  int run_569(int x) {
    int y = x + 569;

    return y * 2;
  }

  int run_570(int x) {
    int y = x + 570;

    return y * 2;
  }

  int run_571(int x) {
    int y = x + 571;

    return y * 2;
  }

  int run_572(int x) {
    int y = x + 572;

    return y * 2;
  }

  int run_573(int x) {
    int y = x + 573;

    return y * 2;
  }

  int run_574(int x) {
    int y = x + 574;

    return y * 2;
  }

  int run_575(int x) {
    int y = x + 575;

    return y * 2;
  }

  int run_576(int x) {
    int y = x + 576;

    return y * 2;
  }

  int run_577(int x) {
    int y = x + 577;

    return y * 2;
  }

  int run_578(int x) {
    int y = x + 578;

    return y * 2;
  }

  int run_579(int x) {
    int y = x + 579;

    return y * 2;
  }

  int run_580(int x) {
    int y = x + 580;

    return y * 2;
  }

  int run_581(int x) {
    int y = x + 581;

    return y * 2;
  }

  int run_582(int x) {
    int y = x + 582;

    return y * 2;
  }

  int run_583(int x) {
    int y = x + 583;

    return y * 2;
  }

  int run_584(int x) {
    int y = x + 584;

    return y * 2;
  }

  int run_585(int x) {
    int y = x + 585;

    return y * 2;
  }

  int run_586(int x) {
    int y = x + 586;

    return y * 2;
  }

  int run_587(int x) {
    int y = x + 587;

    return y * 2;
  }

  int run_588(int x) {
    int y = x + 588;

    return y * 2;
  }

  int run_589(int x) {
    int y = x + 589;

    return y * 2;
  }

  int run_590(int x) {
    int y = x + 590;

    return y * 2;
  }

  int run_591(int x) {
    int y = x + 591;

    return y * 2;
  }

  int run_592(int x) {
    int y = x + 592;

    return y * 2;
  }

  int run_593(int x) {
    int y = x + 593;

    return y * 2;
  }

  int run_594(int x) {
    int y = x + 594;

    return y * 2;
  }

  int run_595(int x) {
    int y = x + 595;

    return y * 2;
  }

  int run_596(int x) {
    int y = x + 596;

    return y * 2;
  }

  int run_597(int x) {
    int y = x + 597;

    return y * 2;
  }

  int run_598(int x) {
    int y = x + 598;

    return y * 2;
  }

  int run_599(int x) {
    int y = x + 599;

    return y * 2;
  }

  int run_600(int x) {
    int y = x + 600;

    return y * 2;
  }

  int run_601(int x) {
    int y = x + 601;

    return y * 2;
  }

  int run_602(int x) {
    int y = x + 602;

    return y * 2;
  }

  int run_603(int x) {
    int y = x + 603;

    return y * 2;
  }

  int run_604(int x) {
    int y = x + 604;

    return y * 2;
  }

  int run_605(int x) {
    int y = x + 605;

    return y * 2;
  }

  int run_606(int x) {
    int y = x + 606;

    return y * 2;
  }

  int run_607(int x) {
    int y = x + 607;

    return y * 2;
  }

  int run_608(int x) {
    int y = x + 608;

    return y * 2;
  }

  int run_609(int x) {
    int y = x + 609;

    return y * 2;
  }

  int run_610(int x) {
    int y = x + 610;

    return y * 2;
  }

  int run_611(int x) {
    int y = x + 611;

    return y * 2;
  }

  int run_612(int x) {
    int y = x + 612;

    return y * 2;
  }

  int run_613(int x) {
    int y = x + 613;

    return y * 2;
  }

  int run_614(int x) {
    int y = x + 614;

    return y * 2;
  }

  int run_615(int x) {
    int y = x + 615;

    return y * 2;
  }

  int run_616(int x) {
    int y = x + 616;

    return y * 2;
  }

  int run_617(int x) {
    int y = x + 617;

    return y * 2;
  }

  int run_618(int x) {
    int y = x + 618;

    return y * 2;
  }

  int run_619(int x) {
    int y = x + 619;

    return y * 2;
  }

  int run_620(int x) {
    int y = x + 620;

    return y * 2;
  }

  int run_621(int x) {
    int y = x + 621;

    return y * 2;
  }

  int run_622(int x) {
    int y = x + 622;

    return y * 2;
  }

  int run_623(int x) {
    int y = x + 623;

    return y * 2;
  }

  int run_624(int x) {
    int y = x + 624;

    return y * 2;
  }

  int run_625(int x) {
    int y = x + 625;

    return y * 2;
  }

  int run_626(int x) {
    int y = x + 626;

    return y * 2;
  }

  int run_627(int x) {
    int y = x + 627;

    return y * 2;
  }

  int run_628(int x) {
    int y = x + 628;

    return y * 2;
  }

  int run_629(int x) {
    int y = x + 629;

    return y * 2;
  }

  int run_630(int x) {
    int y = x + 630;

    return y * 2;
  }

  int run_631(int x) {
    int y = x + 631;

    return y * 2;
  }

  int run_632(int x) {
    int y = x + 632;

    return y * 2;
  }

  int run_633(int x) {
    int y = x + 633;

    return y * 2;
  }

  int run_634(int x) {
    int y = x + 634;

    return y * 2;
  }

  int run_635(int x) {
    int y = x + 635;

    return y * 2;
  }

  int run_636(int x) {
    int y = x + 636;

    return y * 2;
  }

  int run_637(int x) {
    int y = x + 637;

    return y * 2;
  }

  int run_638(int x) {
    int y = x + 638;

    return y * 2;
  }

  int run_639(int x) {
    int y = x + 639;

    return y * 2;
  }

  int run_640(int x) {
    int y = x + 640;

    return y * 2;
  }

  int run_641(int x) {
    int y = x + 641;

    return y * 2;
  }

  int run_642(int x) {
    int y = x + 642;

    return y * 2;
  }

  int run_643(int x) {
    int y = x + 643;

    return y * 2;
  }

  int run_644(int x) {
    int y = x + 644;

    return y * 2;
  }

  int run_645(int x) {
    int y = x + 645;

    return y * 2;
  }

  int run_646(int x) {
    int y = x + 646;

    return y * 2;
  }

  int run_647(int x) {
    int y = x + 647;

    return y * 2;
  }

  int run_648(int x) {
    int y = x + 648;

    return y * 2;
  }

  int run_649(int x) {
    int y = x + 649;

    return y * 2;
  }

  int run_650(int x) {
    int y = x + 650;

    return y * 2;
  }

  int run_651(int x) {
    int y = x + 651;

    return y * 2;
  }

  int run_652(int x) {
    int y = x + 652;

    return y * 2;
  }

  int run_653(int x) {
    int y = x + 653;

    return y * 2;
  }

  int run_654(int x) {
    int y = x + 654;

    return y * 2;
  }

  int run_655(int x) {
    int y = x + 655;

    return y * 2;
  }

  int run_656(int x) {
    int y = x + 656;

    return y * 2;
  }

  int run_657(int x) {
    int y = x + 657;

    return y * 2;
  }

  int run_658(int x) {
    int y = x + 658;

    return y * 2;
  }

  int run_659(int x) {
    int y = x + 659;

    return y * 2;
  }

  int run_660(int x) {
    int y = x + 660;

    return y * 2;
  }

  int run_661(int x) {
    int y = x + 661;

    return y * 2;
  }

  int run_662(int x) {
    int y = x + 662;

    return y * 2;
  }

  int run_663(int x) {
    int y = x + 663;

    return y * 2;
  }

  int run_664(int x) {
    int y = x + 664;

    return y * 2;
  }

  int run_665(int x) {
    int y = x + 665;

    return y * 2;
  }

  int run_666(int x) {
    int y = x + 666;

    return y * 2;
  }

  int run_667(int x) {
    int y = x + 667;

    return y * 2;
  }

  int run_668(int x) {
    int y = x + 668;

    return y * 2;
  }

  int run_669(int x) {
    int y = x + 669;

    return y * 2;
  }

  int run_670(int x) {
    int y = x + 670;

    return y * 2;
  }

  int run_671(int x) {
    int y = x + 671;

    return y * 2;
  }

  int run_672(int x) {
    int y = x + 672;

    return y * 2;
  }

  int run_673(int x) {
    int y = x + 673;

    return y * 2;
  }

  int run_674(int x) {
    int y = x + 674;

    return y * 2;
  }

  int run_675(int x) {
    int y = x + 675;

    return y * 2;
  }

  int run_676(int x) {
    int y = x + 676;

    return y * 2;
  }

  int run_677(int x) {
    int y = x + 677;

    return y * 2;
  }

  int run_678(int x) {
    int y = x + 678;

    return y * 2;
  }

  int run_679(int x) {
    int y = x + 679;

    return y * 2;
  }

  int run_680(int x) {
    int y = x + 680;

    return y * 2;
  }

  int run_681(int x) {
    int y = x + 681;

    return y * 2;
  }

  int run_682(int x) {
    int y = x + 682;

    return y * 2;
  }

  int run_683(int x) {
    int y = x + 683;

    return y * 2;
  }

  int run_684(int x) {
    int y = x + 684;

    return y * 2;
  }

  int run_685(int x) {
    int y = x + 685;

    return y * 2;
  }

  int run_686(int x) {
    int y = x + 686;

    return y * 2;
  }

  int run_687(int x) {
    int y = x + 687;

    return y * 2;
  }

  int run_688(int x) {
    int y = x + 688;

    return y * 2;
  }

  int run_689(int x) {
    int y = x + 689;

    return y * 2;
  }

  int run_690(int x) {
    int y = x + 690;

    return y * 2;
  }

  int run_691(int x) {
    int y = x + 691;

    return y * 2;
  }

  int run_692(int x) {
    int y = x + 692;

    return y * 2;
  }

  int run_693(int x) {
    int y = x + 693;

    return y * 2;
  }

  int run_694(int x) {
    int y = x + 694;

    return y * 2;
  }

  int run_695(int x) {
    int y = x + 695;

    return y * 2;
  }

  int run_696(int x) {
    int y = x + 696;

    return y * 2;
  }

  int run_697(int x) {
    int y = x + 697;

    return y * 2;
  }

  int run_698(int x) {
    int y = x + 698;

    return y * 2;
  }

  int run_699(int x) {
    int y = x + 699;

    return y * 2;
  }

  int run_700(int x) {
    int y = x + 700;

    return y * 2;
  }

  int run_701(int x) {
    int y = x + 701;

    return y * 2;
  }

  int run_702(int x) {
    int y = x + 702;

    return y * 2;
  }

  int run_703(int x) {
    int y = x + 703;

    return y * 2;
  }

  int run_704(int x) {
    int y = x + 704;

    return y * 2;
  }

  int run_705(int x) {
    int y = x + 705;

    return y * 2;
  }

  int run_706(int x) {
    int y = x + 706;

    return y * 2;
  }

  int run_707(int x) {
    int y = x + 707;

    return y * 2;
  }

  int run_708(int x) {
    int y = x + 708;

    return y * 2;
  }

  int run_709(int x) {
    int y = x + 709;

    return y * 2;
  }

  int run_710(int x) {
    int y = x + 710;

    return y * 2;
  }

  int run_711(int x) {
    int y = x + 711;

    return y * 2;
  }

  int run_712(int x) {
    int y = x + 712;

    return y * 2;
  }

  int run_713(int x) {
    int y = x + 713;

    return y * 2;
  }

  int run_714(int x) {
    int y = x + 714;

    return y * 2;
  }

  int run_715(int x) {
    int y = x + 715;

    return y * 2;
  }

  int run_716(int x) {
    int y = x + 716;

    return y * 2;
  }

  int run_717(int x) {
    int y = x + 717;

    return y * 2;
  }

  int run_718(int x) {
    int y = x + 718;

    return y * 2;
  }

  int run_719(int x) {
    int y = x + 719;

    return y * 2;
  }

  int run_720(int x) {
    int y = x + 720;

    return y * 2;
  }

  int run_721(int x) {
    int y = x + 721;

    return y * 2;
  }

  int run_722(int x) {
    int y = x + 722;

    return y * 2;
  }

  int run_723(int x) {
    int y = x + 723;

    return y * 2;
  }

  int run_724(int x) {
    int y = x + 724;

    return y * 2;
  }

  int run_725(int x) {
    int y = x + 725;

    return y * 2;
  }

  int run_726(int x) {
    int y = x + 726;

    return y * 2;
  }

  int run_727(int x) {
    int y = x + 727;

    return y * 2;
  }

  int run_728(int x) {
    int y = x + 728;

    return y * 2;
  }

  int run_729(int x) {
    int y = x + 729;

    return y * 2;
  }

  int run_730(int x) {
    int y = x + 730;

    return y * 2;
  }

  int run_731(int x) {
    int y = x + 731;

    return y * 2;
  }

  int run_732(int x) {
    int y = x + 732;

    return y * 2;
  }

  int run_733(int x) {
    int y = x + 733;

    return y * 2;
  }

  int run_734(int x) {
    int y = x + 734;

    return y * 2;
  }

  int run_735(int x) {
    int y = x + 735;

    return y * 2;
  }

  int run_736(int x) {
    int y = x + 736;

    return y * 2;
  }

  int run_737(int x) {
    int y = x + 737;

    return y * 2;
  }

  int run_738(int x) {
    int y = x + 738;

    return y * 2;
  }

  int run_739(int x) {
    int y = x + 739;

    return y * 2;
  }

  int run_740(int x) {
    int y = x + 740;

    return y * 2;
  }

  int run_741(int x) {
    int y = x + 741;

    return y * 2;
  }

  int run_742(int x) {
    int y = x + 742;

    return y * 2;
  }

  int run_743(int x) {
    int y = x + 743;

    return y * 2;
  }

  int run_744(int x) {
    int y = x + 744;

    return y * 2;
  }

  int run_745(int x) {
    int y = x + 745;

    return y * 2;
  }

  int run_746(int x) {
    int y = x + 746;

    return y * 2;
  }

  int run_747(int x) {
    int y = x + 747;

    return y * 2;
  }

  int run_748(int x) {
    int y = x + 748;

    return y * 2;
  }

  int run_749(int x) {
    int y = x + 749;

    return y * 2;
  }

  int run_750(int x) {
    int y = x + 750;

    return y * 2;
  }

  int run_751(int x) {
    int y = x + 751;

    return y * 2;
  }

  int run_752(int x) {
    int y = x + 752;

    return y * 2;
  }

  int run_753(int x) {
    int y = x + 753;

    return y * 2;
  }

  int run_754(int x) {
    int y = x + 754;

    return y * 2;
  }

  int run_755(int x) {
    int y = x + 755;

    return y * 2;
  }

  int run_756(int x) {
    int y = x + 756;

    return y * 2;
  }

  int run_757(int x) {
    int y = x + 757;

    return y * 2;
  }

  int run_758(int x) {
    int y = x + 758;

    return y * 2;
  }

  int run_759(int x) {
    int y = x + 759;

    return y * 2;
  }

  int run_760(int x) {
    int y = x + 760;

    return y * 2;
  }

  int run_761(int x) {
    int y = x + 761;

    return y * 2;
  }

  int run_762(int x) {
    int y = x + 762;

    return y * 2;
  }

  int run_763(int x) {
    int y = x + 763;

    return y * 2;
  }

  int run_764(int x) {
    int y = x + 764;

    return y * 2;
  }

  int run_765(int x) {
    int y = x + 765;

    return y * 2;
  }

  int run_766(int x) {
    int y = x + 766;

    return y * 2;
  }

  int run_767(int x) {
    int y = x + 767;

    return y * 2;
  }

  int run_768(int x) {
    int y = x + 768;

    return y * 2;
  }

  int run_769(int x) {
    int y = x + 769;

    return y * 2;
  }

}  // namespace big
