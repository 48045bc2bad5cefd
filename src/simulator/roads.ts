/**
 * A small road network of northern Guangzhou (Yuexiu, Tianhe north, Baiyun, Huadu) in GCJ-02,
 * inside lng 113.14–113.36, lat 23.14–23.42 (where the vendor's examples are). Intersections are approximate; trips walk
 * these roads, so every simulated track follows a plausible route.
 */

export interface RoadNodeSource {
  readonly key: string;
  readonly city: string;
  readonly district: string;
  /** Road the place lies on; used in event texts ("在 [address] 附近"). */
  readonly road: string;
  readonly lng: number;
  readonly lat: number;
}

export interface RoadEdgeSource {
  readonly from: string;
  readonly to: string;
  readonly road: string;
  readonly expressway: boolean;
}

function node(key: string, district: string, road: string, lng: number, lat: number, city = '广州市'): RoadNodeSource {
  return { key, city, district, road, lng, lat };
}

export const ROAD_NODES: readonly RoadNodeSource[] = [
  node('guangzhouStation', '越秀区', '环市西路', 113.2575, 23.149),
  node('liuhua', '越秀区', '环市中路', 113.266, 23.1445),
  node('quzhuang', '越秀区', '环市东路', 113.295, 23.1432),
  node('linhe', '天河区', '天河北路', 113.3262, 23.144),
  node('shahe', '天河区', '广园东路', 113.304, 23.1535),
  node('yantang', '天河区', '广州大道北', 113.3265, 23.1585),
  node('tianheBusStation', '天河区', '广汕一路', 113.342, 23.17),
  node('changban', '天河区', '广汕二路', 113.348, 23.187),
  node('longdong', '天河区', '龙洞北路', 113.3575, 23.201),
  node('sanyuanli', '白云区', '广园中路', 113.266, 23.1625),
  node('guangyuanWest', '白云区', '广园西路', 113.242, 23.16),
  node('baiyunNewTown', '白云区', '白云大道南', 113.274, 23.174),
  node('xiaogang', '白云区', '白云大道北', 113.278, 23.195),
  node('huangshi', '白云区', '黄石东路', 113.276, 23.208),
  node('jiaheWanggang', '白云区', '白云大道北', 113.285, 23.246),
  node('jingxi', '白云区', '广州大道北', 113.325, 23.185),
  node('tonghe', '白云区', '同和路', 113.3265, 23.197),
  node('yongtai', '白云区', '广州大道北', 113.323, 23.22),
  node('taiheInterchange', '白云区', '广从公路', 113.342, 23.252),
  node('taihe', '白云区', '太和北路', 113.356, 23.288),
  node('zhuliao', '白云区', '广从公路', 113.338, 23.315),
  node('renhe', '白云区', '106国道', 113.28, 23.335),
  node('airport', '白云区', '机场路', 113.3, 23.39),
  node('huaduSquare', '花都区', '迎宾大道', 113.219, 23.398),
  node('guangzhouNorth', '花都区', '站前路', 113.203, 23.378),
  node('jianggao', '白云区', '广花公路', 113.23, 23.29),
  node('baiyunLake', '白云区', '石沙路', 113.253, 23.223),
  node('shijing', '白云区', '石井大道', 113.228, 23.195),
  node('xichaRoad', '白云区', '西槎路', 113.248, 23.175),
  node('songzhou', '白云区', '增槎路', 113.235, 23.168),
  node('jinshazhou', '白云区', '金沙洲路', 113.2, 23.173),
  node('lishui', '南海区', '广佛路', 113.155, 23.19, '佛山市'),
  node('airportExpressXiaogang', '白云区', '机场高速', 113.286, 23.199),
  node('airportExpressJiahe', '白云区', '机场高速', 113.295, 23.25),
  node('airportExpressRenhe', '白云区', '机场高速', 113.298, 23.33),
];

function edge(from: string, to: string, road: string, expressway = false): RoadEdgeSource {
  return { from, to, road, expressway };
}

export const ROAD_EDGES: readonly RoadEdgeSource[] = [
  edge('guangzhouStation', 'liuhua', '环市西路'),
  edge('liuhua', 'quzhuang', '环市中路'),
  edge('quzhuang', 'linhe', '天河北路'),
  edge('guangzhouStation', 'guangyuanWest', '西湾路'),
  edge('guangyuanWest', 'sanyuanli', '广园西路'),
  edge('sanyuanli', 'shahe', '广园中路'),
  edge('shahe', 'yantang', '广园东路'),
  edge('yantang', 'tianheBusStation', '广汕一路'),
  edge('quzhuang', 'shahe', '先烈中路'),
  edge('linhe', 'yantang', '广州大道北'),
  edge('yantang', 'jingxi', '广州大道北'),
  edge('jingxi', 'tonghe', '广州大道北'),
  edge('tonghe', 'yongtai', '广州大道北'),
  edge('tianheBusStation', 'changban', '广汕二路'),
  edge('changban', 'longdong', '广汕二路'),
  edge('changban', 'taiheInterchange', '华南快速干线', true),
  edge('liuhua', 'sanyuanli', '解放北路'),
  edge('sanyuanli', 'baiyunNewTown', '机场路'),
  edge('baiyunNewTown', 'xiaogang', '白云大道南'),
  edge('xiaogang', 'huangshi', '白云大道北'),
  edge('huangshi', 'jiaheWanggang', '白云大道北'),
  edge('huangshi', 'tonghe', '黄石东路'),
  edge('sanyuanli', 'airportExpressXiaogang', '机场高速', true),
  edge('airportExpressXiaogang', 'airportExpressJiahe', '机场高速', true),
  edge('airportExpressJiahe', 'airportExpressRenhe', '机场高速', true),
  edge('airportExpressRenhe', 'airport', '机场高速', true),
  edge('xiaogang', 'airportExpressXiaogang', '机场高速辅路'),
  edge('baiyunLake', 'jiaheWanggang', '北二环高速', true),
  edge('jiaheWanggang', 'airportExpressJiahe', '北二环高速', true),
  edge('airportExpressJiahe', 'taiheInterchange', '北二环高速', true),
  edge('yongtai', 'taiheInterchange', '广从公路'),
  edge('taiheInterchange', 'taihe', '广州大道北延长线'),
  edge('taihe', 'zhuliao', '广从公路'),
  edge('jiaheWanggang', 'renhe', '106国道'),
  edge('renhe', 'airportExpressRenhe', '人和立交'),
  edge('renhe', 'huaduSquare', '106国道'),
  edge('airport', 'huaduSquare', '花都大道'),
  edge('huaduSquare', 'guangzhouNorth', '迎宾大道'),
  edge('guangyuanWest', 'xichaRoad', '西槎路'),
  edge('xichaRoad', 'shijing', '石井大道'),
  edge('shijing', 'jianggao', '广花公路'),
  edge('jianggao', 'guangzhouNorth', '广花公路'),
  edge('shijing', 'baiyunLake', '石沙路'),
  edge('baiyunLake', 'huangshi', '黄石西路'),
  edge('lishui', 'jinshazhou', '广佛路'),
  edge('jinshazhou', 'songzhou', '金沙洲大桥'),
  edge('songzhou', 'guangyuanWest', '增槎路'),
  edge('songzhou', 'xichaRoad', '松洲路'),
  edge('zhuliao', 'renhe', '钟太快速'),
];
