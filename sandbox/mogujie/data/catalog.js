// @ts-check
'use strict';

// Static reference data the seeded generator draws from: a fashion shop's catalogue, as Mogujie
// was a women's fashion marketplace. Category ids and every name are invented.

/** @typedef {[id: number, name: string, children?: CategoryNode[]]} CategoryNode */

/** @type {CategoryNode[]} two or three levels; items are published in the leaves */
const CATEGORY_TREE = [
	[
		683,
		'女装',
		[
			[
				70001,
				'上衣',
				[
					[7000101, 'T恤'],
					[7000102, '衬衫'],
					[7000103, '针织衫'],
				],
			],
			[
				70002,
				'裙子',
				[
					[7000201, '连衣裙'],
					[7000202, '半身裙'],
				],
			],
			[
				70003,
				'裤子',
				[
					[7000301, '牛仔裤'],
					[7000302, '阔腿裤'],
				],
			],
		],
	],
	[
		684,
		'女鞋',
		[
			[
				70011,
				'单鞋',
				[
					[7001101, '乐福鞋'],
					[7001102, '玛丽珍鞋'],
				],
			],
			[
				70012,
				'运动鞋',
				[
					[7001201, '小白鞋'],
					[7001202, '老爹鞋'],
				],
			],
			[70013, '凉鞋'],
		],
	],
	[
		685,
		'包包',
		[
			[70021, '单肩包'],
			[70022, '双肩包'],
			[70023, '斜挎包'],
		],
	],
	[
		686,
		'配饰',
		[
			[
				70031,
				'发饰',
				[
					[7003101, '发夹'],
					[7003102, '发圈'],
				],
			],
			[70032, '耳饰'],
			[70033, '项链'],
		],
	],
	[
		687,
		'美妆',
		[
			[
				70041,
				'彩妆',
				[
					[7004101, '口红'],
					[7004102, '眼影'],
				],
			],
			[
				70042,
				'护肤',
				[
					[7004201, '面膜'],
					[7004202, '精华'],
				],
			],
		],
	],
	[
		688,
		'家居',
		[
			[70051, '收纳'],
			[70052, '床品'],
		],
	],
];

const COLORS = ['黑色', '白色', '米杏色', '雾霾蓝', '奶油黄', '樱花粉', '燕麦色'];
const SIZES = ['S', 'M', 'L', 'XL'];
const SHOE_SIZES = ['35', '36', '37', '38', '39'];

/**
 * @typedef {{ category: number, title: string, minFen: number, maxFen: number, attrs: Array<[string, string[]]> }} ItemTemplate
 * @type {ItemTemplate[]}
 */
const ITEM_TEMPLATES = [
	{
		category: 7000101,
		title: '纯棉宽松短袖T恤女夏季百搭上衣',
		minFen: 3900,
		maxFen: 7900,
		attrs: [
			['颜色', COLORS],
			['尺码', SIZES],
		],
	},
	{
		category: 7000102,
		title: '法式泡泡袖衬衫女设计感小众上衣',
		minFen: 5900,
		maxFen: 12900,
		attrs: [
			['颜色', COLORS.slice(0, 4)],
			['尺码', SIZES],
		],
	},
	{
		category: 7000103,
		title: '软糯针织开衫女秋季短款外搭',
		minFen: 6900,
		maxFen: 15900,
		attrs: [
			['颜色', COLORS.slice(2, 7)],
			['尺码', ['均码']],
		],
	},
	{
		category: 7000201,
		title: '碎花连衣裙女夏收腰显瘦中长款',
		minFen: 8900,
		maxFen: 19900,
		attrs: [
			['颜色', ['碎花蓝', '碎花黄', '碎花粉']],
			['尺码', SIZES],
		],
	},
	{
		category: 7000202,
		title: '高腰A字百褶半身裙女中长款',
		minFen: 4900,
		maxFen: 9900,
		attrs: [
			['颜色', COLORS.slice(0, 3)],
			['尺码', SIZES.slice(0, 3)],
		],
	},
	{
		category: 7000301,
		title: '高腰直筒牛仔裤女宽松显瘦拖地裤',
		minFen: 6900,
		maxFen: 13900,
		attrs: [
			['颜色', ['浅蓝', '深蓝', '黑色']],
			['尺码', ['25', '26', '27', '28', '29']],
		],
	},
	{
		category: 7000302,
		title: '垂感阔腿裤女高腰休闲西装裤',
		minFen: 5900,
		maxFen: 11900,
		attrs: [
			['颜色', ['黑色', '燕麦色', '灰色']],
			['尺码', SIZES],
		],
	},
	{
		category: 7001101,
		title: '英伦风乐福鞋女厚底小皮鞋',
		minFen: 9900,
		maxFen: 19900,
		attrs: [
			['颜色', ['黑色', '棕色']],
			['尺码', SHOE_SIZES],
		],
	},
	{
		category: 7001102,
		title: '复古玛丽珍鞋女平底单鞋',
		minFen: 8900,
		maxFen: 15900,
		attrs: [
			['颜色', ['黑色', '酒红色', '米白色']],
			['尺码', SHOE_SIZES],
		],
	},
	{
		category: 7001201,
		title: '百搭小白鞋女透气板鞋',
		minFen: 6900,
		maxFen: 12900,
		attrs: [
			['颜色', ['纯白', '白绿', '白粉']],
			['尺码', SHOE_SIZES],
		],
	},
	{
		category: 7001202,
		title: '增高老爹鞋女厚底运动鞋',
		minFen: 11900,
		maxFen: 22900,
		attrs: [
			['颜色', ['米白', '灰粉']],
			['尺码', SHOE_SIZES],
		],
	},
	{
		category: 70013,
		title: '一字带凉鞋女夏季平底罗马鞋',
		minFen: 4900,
		maxFen: 9900,
		attrs: [
			['颜色', ['黑色', '杏色']],
			['尺码', SHOE_SIZES],
		],
	},
	{
		category: 70021,
		title: '腋下包女小众设计法棍包',
		minFen: 7900,
		maxFen: 16900,
		attrs: [['颜色', ['黑色', '奶白', '焦糖色']]],
	},
	{
		category: 70022,
		title: '大容量双肩包女学生书包',
		minFen: 5900,
		maxFen: 12900,
		attrs: [['颜色', ['黑色', '灰色', '粉色']]],
	},
	{
		category: 70023,
		title: '链条斜挎小方包女百搭',
		minFen: 6900,
		maxFen: 13900,
		attrs: [['颜色', ['黑色', '白色', '绿色']]],
	},
	{
		category: 7003101,
		title: '珍珠发夹女边夹刘海夹一对装',
		minFen: 990,
		maxFen: 2900,
		attrs: [['款式', ['珍珠款', '金属款', '亚克力款']]],
	},
	{
		category: 7003102,
		title: '大肠发圈女高弹力头绳三条装',
		minFen: 690,
		maxFen: 1900,
		attrs: [['颜色', ['莫兰迪色', '纯色黑', '格纹']]],
	},
	{
		category: 70032,
		title: '925银针耳钉女简约气质耳环',
		minFen: 1990,
		maxFen: 5900,
		attrs: [['款式', ['珍珠', '锆石', '几何']]],
	},
	{
		category: 70033,
		title: '钛钢锁骨链女不掉色项链',
		minFen: 2990,
		maxFen: 6900,
		attrs: [['颜色', ['金色', '银色']]],
	},
	{
		category: 7004101,
		title: '丝绒哑光口红持久不掉色',
		minFen: 3900,
		maxFen: 8900,
		attrs: [['色号', ['#01 正红', '#02 豆沙', '#03 枫叶红', '#04 南瓜色']]],
	},
	{
		category: 7004102,
		title: '大地色九色眼影盘珠光哑光',
		minFen: 4900,
		maxFen: 9900,
		attrs: [['色号', ['大地色', '蜜桃色']]],
	},
	{
		category: 7004201,
		title: '玻尿酸补水面膜10片装',
		minFen: 2900,
		maxFen: 6900,
		attrs: [['规格', ['10片装', '20片装']]],
	},
	{
		category: 7004202,
		title: '烟酰胺亮肤精华液30ml',
		minFen: 8900,
		maxFen: 19900,
		attrs: [['规格', ['30ml', '50ml']]],
	},
	{
		category: 70051,
		title: '桌面化妆品收纳盒抽屉式',
		minFen: 2900,
		maxFen: 6900,
		attrs: [
			['颜色', ['白色', '透明']],
			['规格', ['单层', '双层']],
		],
	},
	{
		category: 70052,
		title: '水洗棉四件套ins风床上用品',
		minFen: 15900,
		maxFen: 29900,
		attrs: [
			['颜色', ['奶咖格', '雾霾蓝', '纯白']],
			['规格', ['1.5m床', '1.8m床']],
		],
	},
];

/** What a listing title may start with, so the same template yields distinct items. */
const TITLE_PREFIXES = ['', '2024新款 ', '蘑菇街精选 ', '韩版 ', '小个子 ', '显瘦 '];

const SHOP_NAMES = [
	'小蘑菇的衣橱',
	'糖果色女装店',
	'一只喵的小铺',
	'森女部落',
	'鹿小姐的杂货铺',
	'周末穿搭研究所',
];

const BUYER_NICKS = [
	'momo酱',
	'小鹿乱撞',
	'糖糖不吃糖',
	'Lily_穿搭',
	'奶茶三分甜',
	'柚子味的夏天',
	'阿狸',
	'Cherry樱桃',
	'一颗小橙子',
	'慢半拍',
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN_NAMES = ['静', '丽', '敏', '婷', '雪', '琳', '欣怡', '雨涵', '梓萱', '思彤'];

/** @typedef {{ province: string, city: string, area: string, street: string, zip: string }} Place */
/** @type {Place[]} */
const PLACES = [
	{
		province: '浙江省',
		city: '杭州市',
		area: '西湖区',
		street: '文三路478号华星时代广场',
		zip: '310012',
	},
	{
		province: '上海',
		city: '上海市',
		area: '浦东新区',
		street: '张杨路500号华润时代广场',
		zip: '200122',
	},
	{
		province: '广东省',
		city: '广州市',
		area: '天河区',
		street: '体育西路191号中石化大厦',
		zip: '510620',
	},
	{
		province: '北京',
		city: '北京市',
		area: '朝阳区',
		street: '建国路88号SOHO现代城',
		zip: '100022',
	},
	{ province: '四川省', city: '成都市', area: '锦江区', street: '春熙路步行街32号', zip: '610021' },
	{ province: '江苏省', city: '南京市', area: '鼓楼区', street: '中山北路30号', zip: '210008' },
	{ province: '湖北省', city: '武汉市', area: '洪山区', street: '珞喻路1037号', zip: '430074' },
	{ province: '福建省', city: '厦门市', area: '思明区', street: '湖滨南路388号', zip: '361004' },
];

const BUYER_COMMENTS = [
	'请尽快发货，谢谢',
	'不要放快递柜',
	'送人的，请不要放价格单',
	'麻烦包装好一点',
];
const SELLER_COMMENTS = ['老客户，送发圈', '已备注加急', '缺货待补'];

module.exports = {
	CATEGORY_TREE,
	ITEM_TEMPLATES,
	TITLE_PREFIXES,
	SHOP_NAMES,
	BUYER_NICKS,
	SURNAMES,
	GIVEN_NAMES,
	PLACES,
	BUYER_COMMENTS,
	SELLER_COMMENTS,
};
