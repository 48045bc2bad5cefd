/**
 * Source data of the simulated brand catalog (4001/4002): real brands, their makers (sub-brands,
 * e.g. joint ventures) and series. Models are generated from each brand's engines in catalog.ts.
 * Ids fixed here are those of the vendor's examples (现代 12, 奥迪 13, 北京现代 12, ix25 123, …); every other sub-brand, series and model id is assigned.
 */

export interface FixedModel {
  readonly id: number;
  readonly year: number;
  readonly name: string;
}

export interface SeriesSource {
  readonly name: string;
  readonly id?: number;
  /** Models that must exist with these ids; more are generated beside them. */
  readonly models?: readonly FixedModel[];
}

export interface SubBrandSource {
  readonly name: string;
  readonly id?: number;
  readonly series: readonly SeriesSource[];
}

export interface BrandSource {
  readonly id: number;
  readonly name: string;
  /** Logo file name, relative to the catalog's logoRoot. */
  readonly logo: string;
  /** Petrol engines (`1.5L`, `2.0T`) or, for an electric brand, driving ranges (`510km`). */
  readonly powertrains: readonly string[];
  readonly electric: boolean;
  readonly subBrands: readonly SubBrandSource[];
}

function brand(
  id: number,
  name: string,
  pinyin: string,
  powertrains: string,
  subBrands: Record<string, string>,
  electric = false,
): BrandSource {
  return {
    id,
    name,
    logo: `brand/${pinyin}.png`,
    powertrains: powertrains.split(' '),
    electric,
    subBrands: Object.entries(subBrands).map(([subBrandName, series]) => ({
      name: subBrandName,
      series: series.split('|').map((seriesName) => ({ name: seriesName })),
    })),
  };
}

const HYUNDAI: BrandSource = {
  id: 12,
  name: '现代',
  logo: 'brand/xiandai.png',
  powertrains: ['1.4T', '1.6L', '1.6T', '2.0L'],
  electric: false,
  subBrands: [
    {
      name: '北京现代',
      id: 12,
      series: [
        { name: 'ix25', id: 123, models: [{ id: 3434, year: 2017, name: '1.4T 双离合 智能型' }] },
        { name: '劳恩斯', id: 132, models: [{ id: 3412, year: 2012, name: '劳恩斯 3.0L GDI 豪华版' }] },
        { name: '伊兰特' },
        { name: '索纳塔' },
        { name: '途胜' },
        { name: '名图' },
      ],
    },
    { name: '现代(进口)', series: [{ name: '格越' }, { name: '雅尊' }] },
  ],
};

export const BRAND_SOURCES: readonly BrandSource[] = [
  brand(1, '大众', 'dazhong', '1.2T 1.4T 1.5L 2.0T', { '一汽-大众': '速腾|迈腾|宝来|高尔夫|探岳', 上汽大众: '朗逸|帕萨特|途观L|桑塔纳|途昂' }),
  brand(2, '丰田', 'fengtian', '1.2T 1.5L 2.0L 2.5L', { 一汽丰田: '卡罗拉|亚洲龙|RAV4荣放|皇冠陆放|威驰', 广汽丰田: '凯美瑞|雷凌|汉兰达|致炫|威兰达' }),
  brand(3, '本田', 'bentian', '1.5L 1.5T 2.0L 2.4L', { 广汽本田: '雅阁|飞度|缤智|冠道|奥德赛', 东风本田: '思域|CR-V|艾力绅|享域|XR-V' }),
  brand(4, '日产', 'richan', '1.6L 2.0L 2.5L', { 东风日产: '轩逸|天籁|奇骏|逍客|骐达' }),
  brand(5, '别克', 'bieke', '1.3T 1.5L 1.5T 2.0T', { 上汽通用别克: '英朗|君威|君越|昂科威|GL8' }),
  brand(6, '宝马', 'baoma', '1.5T 2.0T 3.0T', { 华晨宝马: '3系|5系|X1|X3', '宝马(进口)': 'X5|7系' }),
  brand(7, '奔驰', 'benchi', '1.5T 2.0T 3.0T', { 北京奔驰: 'C级|E级|GLC', '梅赛德斯-奔驰(进口)': 'S级|GLS' }),
  brand(8, '比亚迪', 'biyadi', '1.5L 1.5T 2.0T', { 比亚迪: '秦|宋|唐|元|汉' }),
  brand(9, '吉利', 'jili', '1.4T 1.5L 1.8T 2.0T', { 吉利汽车: '帝豪|博越|星越|缤瑞|远景' }),
  brand(10, '长城', 'changcheng', '2.0T 2.4L', { 长城汽车: '长城炮|风骏5|C30' }),
  brand(11, '长安', 'changan', '1.4T 1.5L 1.6L 2.0T', { 长安汽车: '逸动|CS75|CS55|悦翔', 长安欧尚: '欧尚X5|科尚' }),
  HYUNDAI,
  brand(13, '奥迪', 'aodi', '1.4T 2.0T 3.0T', { '一汽-大众奥迪': 'A4L|A6L|Q3|Q5L', '奥迪(进口)': 'A8L|Q7' }),
  brand(14, '奇瑞', 'qirui', '1.5L 1.5T 1.6T 2.0T', { 奇瑞汽车: '艾瑞泽5|瑞虎8|瑞虎7|艾瑞泽GX' }),
  brand(15, '福特', 'fute', '1.5L 1.5T 2.0T', { 长安福特: '福克斯|蒙迪欧|锐界|翼虎|福睿斯', 江铃福特: '领界|领裕' }),
  brand(16, '雪佛兰', 'xuefolan', '1.0T 1.3T 1.5L 2.0T', { 上汽通用雪佛兰: '科鲁兹|迈锐宝XL|探界者|科沃兹' }),
  brand(17, '马自达', 'mazida', '1.5L 2.0L 2.5L', { 长安马自达: '昂克赛拉|CX-5|CX-30', 一汽马自达: '阿特兹|CX-4' }),
  brand(18, '起亚', 'qiya', '1.4T 1.5L 2.0L', { 东风悦达起亚: 'K3|K5|智跑|KX5' }),
  brand(19, '标致', 'biaozhi', '1.2T 1.6L 1.8T', { 东风标致: '308|408|508L|4008' }),
  brand(20, '雪铁龙', 'xuetielong', '1.2T 1.6L 1.8T', { 东风雪铁龙: 'C5|凡尔赛C5 X|天逸|爱丽舍' }),
  brand(21, '斯柯达', 'sikeda', '1.4T 1.5L 2.0T', { 上汽斯柯达: '明锐|速派|柯迪亚克|昕锐' }),
  brand(22, '沃尔沃', 'woerwo', '2.0T', { 沃尔沃亚太: 'S60|S90|XC60', '沃尔沃(进口)': 'XC90|V90' }),
  brand(23, '凯迪拉克', 'kaidilake', '2.0T 3.0T', { 上汽通用凯迪拉克: 'CT5|CT6|XT4|XT5' }),
  brand(24, '雷克萨斯', 'leikesasi', '2.0L 2.5L 3.5L', { 雷克萨斯: 'ES|RX|NX|UX' }),
  brand(25, '荣威', 'rongwei', '1.5L 1.5T 2.0T', { 上汽荣威: 'i5|RX5|i6|950' }),
  brand(26, '名爵', 'mingjue', '1.5L 1.5T 2.0T', { 上汽名爵: 'MG5|MG6|名爵ZS|名爵HS' }),
  brand(27, '传祺', 'chuanqi', '1.5T 2.0T', { 广汽传祺: 'GS4|GS8|GA6|M8' }),
  brand(28, '哈弗', 'hafu', '1.5T 2.0T', { 哈弗: 'H6|H9|M6|大狗' }),
  brand(29, '五菱', 'wuling', '1.2L 1.5L 1.5T', { 上汽通用五菱: '宏光|宏光S|五菱之光|五菱征程' }),
  brand(30, '红旗', 'hongqi', '1.5T 1.8T 2.0T 3.0T', { 一汽红旗: 'H5|H7|HS5|H9' }),
  brand(31, '蔚来', 'weilai', '430km 510km 615km', { 蔚来: 'ES6|ES8|ET7|EC6' }, true),
  brand(32, '小鹏', 'xiaopeng', '460km 520km 702km', { 小鹏汽车: 'P7|G3|P5|G9' }, true),
  brand(33, '理想', 'lixiang', '180km 210km', { 理想汽车: '理想ONE|L7|L8|L9' }, true),
  brand(34, '三菱', 'sanling', '1.5T 2.0L 2.4L', { 广汽三菱: '欧蓝德|劲炫ASX|奕歌' }),
  brand(35, '领克', 'lingke', '1.5T 2.0T', { 领克: '01|02|03|05' }),
  brand(36, '宝骏', 'baojun', '1.5L 1.5T', { 上汽通用五菱宝骏: '宝骏510|宝骏730|宝骏RM-5' }),
  brand(37, '英菲尼迪', 'yingfeinidi', '2.0T 2.5L', { 东风英菲尼迪: 'Q50L|QX50', '英菲尼迪(进口)': 'QX60|QX80' }),
  brand(38, '路虎', 'luhu', '2.0T 3.0T', { 奇瑞捷豹路虎: '发现运动版|揽胜极光', '路虎(进口)': '揽胜|卫士' }),
];
