// @ts-check
'use strict';

// Static reference data the seeded generator draws from. Names are real-looking Chinese 1688
// wording on purpose (UTF-8 everywhere). Category ids are invented except a few that appear in
// 1688's own doc examples (10166 女装, 54 服饰配件、饰品, 1031910).

/** @typedef {[id: number, name: string, children?: CategoryNode[]]} CategoryNode */

/** @type {CategoryNode[]} three levels; level-3 nodes are the leaves products are published in */
const CATEGORY_TREE = [
	[
		10166,
		'女装',
		[
			[
				1038372,
				'女式上装',
				[
					[121412004, 'T恤'],
					[1031919, '衬衫'],
				],
			],
			[
				1038374,
				'裙装',
				[
					[1031910, '连衣裙'],
					[1031918, '半身裙'],
				],
			],
		],
	],
	[
		10165,
		'男装',
		[
			[
				1038390,
				'男式上装',
				[
					[127424004, '男式T恤'],
					[127426002, '夹克'],
				],
			],
			[
				1038392,
				'男式裤装',
				[
					[127428001, '休闲裤'],
					[127428002, '牛仔裤'],
				],
			],
		],
	],
	[
		1038378,
		'鞋',
		[
			[
				1038380,
				'女鞋',
				[
					[127356001, '单鞋'],
					[127356002, '凉鞋'],
				],
			],
			[
				1038382,
				'男鞋',
				[
					[127358001, '运动休闲鞋'],
					[127358002, '皮鞋'],
				],
			],
		],
	],
	[
		1813,
		'玩具',
		[
			[
				201290601,
				'益智玩具',
				[
					[1046981, '积木'],
					[1046982, '拼图'],
				],
			],
			[
				201290602,
				'户外玩具',
				[
					[1046990, '水枪'],
					[1046991, '泡泡机'],
				],
			],
		],
	],
	[
		15,
		'日用百货',
		[
			[
				201128001,
				'厨房用品',
				[
					[1045560, '保鲜盒'],
					[1045561, '厨房收纳'],
				],
			],
			[
				201128002,
				'清洁用品',
				[
					[1045570, '拖把'],
					[1045571, '垃圾袋'],
				],
			],
		],
	],
	[
		7,
		'数码、电脑',
		[
			[
				1043591,
				'手机配件',
				[
					[1043601, '数据线'],
					[1043602, '手机壳'],
				],
			],
			[
				1043592,
				'电脑外设',
				[
					[1043610, '鼠标'],
					[1043611, '键盘'],
				],
			],
		],
	],
	[
		1042954,
		'箱包皮具',
		[
			[
				1042960,
				'女包',
				[
					[1042971, '单肩包'],
					[1042972, '双肩包'],
				],
			],
			[1042961, '旅行箱包', [[1042980, '拉杆箱']]],
		],
	],
	[
		54,
		'服饰配件、饰品',
		[
			[
				1036101,
				'发饰',
				[
					[1036110, '发夹'],
					[1036111, '发圈'],
				],
			],
			[1036102, '眼镜', [[1036120, '太阳镜']]],
		],
	],
	[
		2,
		'食品酒水',
		[
			[
				1032001,
				'休闲食品',
				[
					[1032010, '饼干'],
					[1032011, '坚果炒货'],
				],
			],
			[1032002, '茶叶', [[1032020, '绿茶']]],
		],
	],
	[
		67,
		'办公、文化',
		[
			[1035001, '书写工具', [[1035010, '中性笔']]],
			[1035002, '本册', [[1035020, '笔记本']]],
		],
	],
];

const COLORS = ['黑色', '白色', '灰色', '红色', '蓝色', '粉色', '卡其色'];
const SIZES = ['S', 'M', 'L', 'XL', '2XL'];

/**
 * @typedef {{ category: number, name: string, nameEn: string, unit: string, minFen: number, maxFen: number,
 *   attrs: Array<[string, string[]]> }} ProductTemplate
 * @type {ProductTemplate[]}
 */
const PRODUCT_TEMPLATES = [
	{
		category: 121412004,
		name: '2024夏季新款纯棉短袖T恤女宽松百搭上衣',
		nameEn: "2024 Summer New Women's Cotton Short Sleeve T-shirt Loose Casual Top",
		unit: '件',
		minFen: 1290,
		maxFen: 3580,
		attrs: [
			['颜色', COLORS],
			['尺码', SIZES],
		],
	},
	{
		category: 1031910,
		name: '法式复古碎花连衣裙女夏收腰显瘦长裙',
		nameEn: 'French Vintage Floral Dress Women Summer Waisted Slim Long Dress',
		unit: '件',
		minFen: 4500,
		maxFen: 8900,
		attrs: [
			['颜色', COLORS.slice(0, 4)],
			['尺码', SIZES],
		],
	},
	{
		category: 1031918,
		name: '高腰A字半身裙百褶裙中长款',
		nameEn: 'High Waist A-line Pleated Midi Skirt',
		unit: '件',
		minFen: 2800,
		maxFen: 5200,
		attrs: [
			['颜色', COLORS.slice(0, 3)],
			['尺码', SIZES.slice(0, 4)],
		],
	},
	{
		category: 127424004,
		name: '男士圆领短袖T恤重磅纯棉打底衫',
		nameEn: "Men's Crew Neck Short Sleeve T-shirt Heavyweight Cotton Basic Tee",
		unit: '件',
		minFen: 1500,
		maxFen: 3900,
		attrs: [
			['颜色', COLORS],
			['尺码', SIZES],
		],
	},
	{
		category: 127428002,
		name: '直筒宽松牛仔裤男春秋款弹力长裤',
		nameEn: "Men's Straight Loose Stretch Jeans Spring Autumn Trousers",
		unit: '条',
		minFen: 3900,
		maxFen: 7800,
		attrs: [
			['颜色', ['浅蓝', '深蓝', '黑色']],
			['尺码', ['28', '30', '32', '34', '36']],
		],
	},
	{
		category: 127358001,
		name: '透气网面运动鞋男跑步休闲鞋',
		nameEn: "Men's Breathable Mesh Sneakers Running Casual Shoes",
		unit: '双',
		minFen: 4200,
		maxFen: 9800,
		attrs: [
			['颜色', ['黑白', '全黑', '灰色']],
			['尺码', ['39', '40', '41', '42', '43', '44']],
		],
	},
	{
		category: 127356002,
		name: '平底凉鞋女夏季百搭一字带罗马鞋',
		nameEn: "Women's Flat Sandals Summer Strap Roman Shoes",
		unit: '双',
		minFen: 2500,
		maxFen: 5600,
		attrs: [
			['颜色', ['米白', '黑色', '杏色']],
			['尺码', ['35', '36', '37', '38', '39']],
		],
	},
	{
		category: 1046981,
		name: '儿童益智拼装积木兼容乐高小颗粒',
		nameEn: 'Kids Educational Building Blocks Compatible Small Particles',
		unit: '盒',
		minFen: 890,
		maxFen: 4500,
		attrs: [['款式', ['城市警察', '工程车队', '恐龙乐园']]],
	},
	{
		category: 1046990,
		name: '大号抽拉式儿童水枪戏水玩具',
		nameEn: 'Large Pump Action Kids Water Gun Water Toy',
		unit: '个',
		minFen: 350,
		maxFen: 1280,
		attrs: [['颜色', ['蓝色', '粉色', '绿色']]],
	},
	{
		category: 1046991,
		name: '全自动泡泡机手持电动泡泡枪',
		nameEn: 'Automatic Handheld Electric Bubble Machine Bubble Gun',
		unit: '个',
		minFen: 990,
		maxFen: 2650,
		attrs: [['款式', ['小熊款', '恐龙款', '独角兽款']]],
	},
	{
		category: 1045560,
		name: '食品级PP保鲜盒冰箱收纳盒带盖',
		nameEn: 'Food Grade PP Food Storage Container Fridge Box with Lid',
		unit: '套',
		minFen: 650,
		maxFen: 1980,
		attrs: [['规格', ['3件套', '5件套', '10件套']]],
	},
	{
		category: 1045571,
		name: '加厚点断式垃圾袋家用平口',
		nameEn: 'Thick Perforated Household Flat Garbage Bags',
		unit: '卷',
		minFen: 120,
		maxFen: 450,
		attrs: [['规格', ['45*50cm', '50*60cm', '60*80cm']]],
	},
	{
		category: 1045570,
		name: '免手洗平板拖把旋转懒人拖把',
		nameEn: 'Hands-free Flat Mop Spin Lazy Mop',
		unit: '把',
		minFen: 1650,
		maxFen: 3990,
		attrs: [['颜色', ['灰色', '蓝色']]],
	},
	{
		category: 1043601,
		name: '6A快充数据线Type-C编织线1米',
		nameEn: '6A Fast Charging Type-C Braided Data Cable 1m',
		unit: '条',
		minFen: 180,
		maxFen: 990,
		attrs: [
			['长度', ['1米', '1.5米', '2米']],
			['颜色', ['黑色', '白色']],
		],
	},
	{
		category: 1043602,
		name: '透明防摔手机壳气囊四角保护套',
		nameEn: 'Clear Shockproof Phone Case Airbag Corner Protective Cover',
		unit: '个',
		minFen: 120,
		maxFen: 650,
		attrs: [['型号', ['iPhone 15', 'iPhone 15 Pro', 'iPhone 14']]],
	},
	{
		category: 1043610,
		name: '无线静音鼠标办公便携充电款',
		nameEn: 'Wireless Silent Mouse Rechargeable Portable Office Mouse',
		unit: '个',
		minFen: 900,
		maxFen: 2900,
		attrs: [['颜色', ['黑色', '白色', '粉色']]],
	},
	{
		category: 1042972,
		name: '大容量双肩包学生书包电脑背包',
		nameEn: 'Large Capacity Backpack Student School Bag Laptop Backpack',
		unit: '个',
		minFen: 2800,
		maxFen: 6900,
		attrs: [['颜色', ['黑色', '灰色', '藏青']]],
	},
	{
		category: 1042980,
		name: '万向轮拉杆箱20寸登机箱',
		nameEn: 'Spinner Wheel Trolley Suitcase 20 inch Carry-on Luggage',
		unit: '个',
		minFen: 8800,
		maxFen: 16800,
		attrs: [
			['尺寸', ['20寸', '24寸', '28寸']],
			['颜色', ['银色', '黑色']],
		],
	},
	{
		category: 1036110,
		name: '韩版珍珠发夹边夹刘海夹',
		nameEn: 'Korean Style Pearl Hair Clip Side Bang Clip',
		unit: '对',
		minFen: 60,
		maxFen: 350,
		attrs: [['款式', ['珍珠款', '金属款', '亚克力款']]],
	},
	{
		category: 1036120,
		name: '偏光太阳镜男女款防紫外线墨镜',
		nameEn: 'Polarized Sunglasses Unisex UV Protection Shades',
		unit: '副',
		minFen: 850,
		maxFen: 3200,
		attrs: [['颜色', ['黑框灰片', '茶色', '银框']]],
	},
	{
		category: 1032010,
		name: '早餐代餐苏打饼干整箱批发',
		nameEn: 'Breakfast Meal Replacement Soda Crackers Wholesale Box',
		unit: '箱',
		minFen: 1890,
		maxFen: 4500,
		attrs: [['口味', ['原味', '葱香', '海苔']]],
	},
	{
		category: 1032011,
		name: '每日坚果混合果仁独立小包装',
		nameEn: 'Daily Mixed Nuts Individually Packed',
		unit: '袋',
		minFen: 2200,
		maxFen: 5800,
		attrs: [['规格', ['25g*30包', '25g*60包']]],
	},
	{
		category: 1035010,
		name: '按动中性笔0.5mm黑色签字笔',
		nameEn: 'Retractable Gel Pen 0.5mm Black Signature Pen',
		unit: '盒',
		minFen: 450,
		maxFen: 1200,
		attrs: [['颜色', ['黑色', '蓝色', '红色']]],
	},
	{
		category: 1035020,
		name: 'A5加厚笔记本商务记事本',
		nameEn: 'A5 Thick Notebook Business Notepad',
		unit: '本',
		minFen: 180,
		maxFen: 890,
		attrs: [['规格', ['80页', '120页', '200页']]],
	},
];

/**
 * Each seller sells in a few level-1 categories (`categories`), so orders look coherent. The
 * county, street and division codes are the ship-from address (logistics `sender`).
 * @type {Array<{ companyName: string, loginId: string, province: string, city: string, categories: number[],
 *   county: string, street: string, countyCode: string }>}
 */
const SELLERS = [
	{
		companyName: '义乌市晨光日用品厂',
		loginId: '义乌晨光日用',
		province: '浙江省',
		city: '金华市',
		categories: [15, 67, 54],
		county: '义乌市',
		street: '福田街道国际商贸城四区东门仓库',
		countyCode: '330782',
	},
	{
		companyName: '广州市白云区美丽佳服装厂',
		loginId: '美丽佳服饰厂',
		province: '广东省',
		city: '广州市',
		categories: [10166, 10165],
		county: '白云区',
		street: '三元里大道1128号服装产业园A2栋',
		countyCode: '440111',
	},
	{
		companyName: '深圳市华强数码配件有限公司',
		loginId: 'hqshuma2019',
		province: '广东省',
		city: '深圳市',
		categories: [7],
		county: '福田区',
		street: '华强北路赛格广场1805室',
		countyCode: '440304',
	},
	{
		companyName: '汕头市澄海区乐童玩具厂',
		loginId: '乐童玩具厂家',
		province: '广东省',
		city: '汕头市',
		categories: [1813],
		county: '澄海区',
		street: '莲下镇玩具工业区12号',
		countyCode: '440515',
	},
	{
		companyName: '泉州市晋江鸿星鞋业有限公司',
		loginId: '晋江鸿星鞋业',
		province: '福建省',
		city: '泉州市',
		categories: [1038378],
		county: '晋江市',
		street: '陈埭镇鞋业工业区鸿星路8号',
		countyCode: '350582',
	},
	{
		companyName: '白沟新城雅致箱包有限公司',
		loginId: 'yazhixiangbao',
		province: '河北省',
		city: '保定市',
		categories: [1042954],
		county: '高碑店市',
		street: '白沟镇箱包交易城C区66号',
		countyCode: '130684',
	},
	{
		companyName: '临沂市兰山区百味食品有限公司',
		loginId: '百味食品批发',
		province: '山东省',
		city: '临沂市',
		categories: [2],
		county: '兰山区',
		street: '义堂镇食品产业园3号库',
		countyCode: '371302',
	},
	{
		companyName: '宁波市北仑区文森文具厂',
		loginId: 'wensenwenju',
		province: '浙江省',
		city: '宁波市',
		categories: [67],
		county: '北仑区',
		street: '大碶街道文具产业园18号',
		countyCode: '330206',
	},
	{
		companyName: '台州市黄岩家家乐塑料制品厂',
		loginId: '家家乐塑料',
		province: '浙江省',
		city: '台州市',
		categories: [15, 1813],
		county: '黄岩区',
		street: '北城街道塑料模具城5号',
		countyCode: '331003',
	},
	{
		companyName: '丹阳市视佳眼镜有限公司',
		loginId: '丹阳视佳眼镜',
		province: '江苏省',
		city: '镇江市',
		categories: [54],
		county: '丹阳市',
		street: '司徒镇眼镜城2楼2018号',
		countyCode: '321181',
	},
];

/**
 * `addressId` is the buyer's address-book id (createOrder `addressParam.addressId`).
 * @typedef {{ toFullName: string, mobile: string, province: string, city: string, area: string,
 *   town: string, street: string, zip: string, areaCode: string, townCode: string, addressId?: number,
 *   phone?: string }} Address
 * phone: the fixed-line number an addressParam gave (printed as nativeLogistics.telephone).
 */

/** @type {Address[]} */
const DEMO_BUYER_ADDRESSES = [
	{
		addressId: 3001868801,
		toFullName: '张伟',
		mobile: '13800138000',
		province: '浙江省',
		city: '杭州市',
		area: '余杭区',
		town: '仓前街道',
		street: '文一西路969号 3号仓',
		zip: '311121',
		areaCode: '330110',
		townCode: '330110005',
	},
	{
		addressId: 3001868802,
		toFullName: '李娜',
		mobile: '13912345678',
		province: '广东省',
		city: '深圳市',
		area: '龙华区',
		town: '大浪街道',
		street: '华荣路联建科技园B栋5楼',
		zip: '518109',
		areaCode: '440309',
		townCode: '440309004',
	},
	{
		addressId: 3001868803,
		toFullName: '王强',
		mobile: '13700001111',
		province: '上海市',
		city: '上海市',
		area: '嘉定区',
		town: '马陆镇',
		street: '宝安公路2999弄12号',
		zip: '201801',
		areaCode: '310114',
		townCode: '310114102',
	},
];

/** @type {Address[]} */
const OTHER_BUYER_ADDRESSES = [
	{
		addressId: 3001868804,
		toFullName: '赵敏',
		mobile: '13600002222',
		province: '江苏省',
		city: '苏州市',
		area: '昆山市',
		town: '花桥镇',
		street: '商务大道88号',
		zip: '215332',
		areaCode: '320583',
		townCode: '320583106',
	},
];

/**
 * @typedef {{ id: number, name: string, code: string, phone: string, spelling: string,
 *   supportPrint: boolean, waybill: RegExp }} Carrier
 * The carriers seeded orders ship with (`bill` draws a waybill number). id, name and code are what
 * the logistics APIs print; phone, spelling (全拼) and supportPrint are the fields of
 * OpLogisticsCompanyModel (alibaba.logistics.OpQueryLogisticCompanyList page), the customer-service
 * numbers being the carriers' public ones. `waybill` is the sandbox's own loose check of a waybill
 * number (refund.returnGoods answers 4004 when it fails); it accepts every `bill` and the doc
 * example (ZTO 3110044550034338).
 */
/** @type {Array<Carrier & { bill: (digits: (n: number) => string) => string }>} */
const LOGISTICS_COMPANIES = [
	{
		id: 2,
		name: '中通快递(ZTO)',
		code: 'ZTO',
		bill: (d) => `7${d(13)}`,
		phone: '95311',
		spelling: 'zhongtongkuaidi',
		supportPrint: true,
		waybill: /^\d{10,16}$/,
	},
	{
		id: 7,
		name: '圆通速递(YTO)',
		code: 'YTO',
		bill: (d) => `YT${d(13)}`,
		phone: '95554',
		spelling: 'yuantongsudi',
		supportPrint: true,
		waybill: /^YT\d{10,15}$/,
	},
	{
		id: 3,
		name: '申通快递(STO)',
		code: 'STO',
		bill: (d) => `77${d(11)}`,
		phone: '95543',
		spelling: 'shentongkuaidi',
		supportPrint: true,
		waybill: /^\d{12,15}$/,
	},
	{
		id: 5,
		name: '韵达快递(YUNDA)',
		code: 'YUNDA',
		bill: (d) => `43${d(11)}`,
		phone: '95546',
		spelling: 'yundakuaidi',
		supportPrint: true,
		waybill: /^\d{13,15}$/,
	},
	{
		id: 1,
		name: '顺丰速运',
		code: 'SF',
		bill: (d) => `SF${d(13)}`,
		phone: '95338',
		spelling: 'shunfengsuyun',
		supportPrint: true,
		waybill: /^SF\d{12,13}$/,
	},
	{
		id: 100,
		name: '京东物流',
		code: 'JD',
		bill: (d) => `JDVA${d(11)}`,
		phone: '950616',
		spelling: 'jingdongwuliu',
		supportPrint: true,
		waybill: /^JD[A-Z0-9]{10,16}$/,
	},
	{
		id: 9,
		name: '邮政快递包裹',
		code: 'POSTB',
		bill: (d) => `98${d(11)}`,
		phone: '11183',
		spelling: 'youzhengkuaidibaoguo',
		supportPrint: true,
		waybill: /^\d{13}$/,
	},
];

/**
 * More carriers a buyer may send a return with (never used by seeded orders, so the seeded world
 * is unchanged). 百世快递 / HTKY / id 352 is the logisticsCompany example of the refund operation
 * model (OpQueryOrderRefund page); the other ids are the sandbox's own.
 * @type {Carrier[]}
 */
const RETURN_CARRIERS = [
	{
		id: 352,
		name: '百世快递',
		code: 'HTKY',
		phone: '4008856561',
		spelling: 'baishikuaidi',
		supportPrint: true,
		waybill: /^\d{12,15}$/,
	},
	{
		id: 6,
		name: 'EMS',
		code: 'EMS',
		phone: '11183',
		spelling: 'ems',
		supportPrint: true,
		waybill: /^([A-Z]{2}\d{9}[A-Z]{2}|\d{13})$/,
	},
	{
		id: 4,
		name: '德邦快递',
		code: 'DBKD',
		phone: '95353',
		spelling: 'debangkuaidi',
		supportPrint: true,
		waybill: /^(DPK)?\d{9,13}$/,
	},
	{
		id: 1001,
		name: '极兔速递',
		code: 'JTSD',
		phone: '956025',
		spelling: 'jitusudi',
		supportPrint: true,
		waybill: /^JT\d{13}$/,
	},
	{
		id: 999,
		name: '其他',
		code: 'OTHER',
		phone: '',
		spelling: 'qita',
		supportPrint: false,
		waybill: /^[A-Za-z0-9-]{6,30}$/,
	},
];

/**
 * Freight (零担) carriers listed by OpQueryLogisticCompanyList (所有的物流公司) but not by its
 * .offline twin (自联物流), which refund.returnGoods validates against: the sandbox's own split.
 * @type {Carrier[]}
 */
const FREIGHT_CARRIERS = [
	{
		id: 1002,
		name: '安能物流',
		code: 'ANE',
		phone: '4001040088',
		spelling: 'annengwuliu',
		supportPrint: false,
		waybill: /^\d{9,15}$/,
	},
	{
		id: 1003,
		name: '跨越速运',
		code: 'KYE',
		phone: '4008098098',
		spelling: 'kuayuesuyun',
		supportPrint: false,
		waybill: /^KY\d{10,13}$/,
	},
];

/** Attribute ids 1688-style (invented but stable) and their English names, for SKU and product attributes. */
/** @type {Record<string, { id: number, en: string }>} */
const ATTRIBUTES = {
	颜色: { id: 3216, en: 'Color' },
	尺码: { id: 450, en: 'Size' },
	尺寸: { id: 100017842, en: 'Dimensions' },
	款式: { id: 1627207, en: 'Style' },
	规格: { id: 1234, en: 'Specification' },
	长度: { id: 100018290, en: 'Length' },
	型号: { id: 1621, en: 'Model' },
	口味: { id: 182282223, en: 'Flavor' },
	品牌: { id: 2176, en: 'Brand' },
	货号: { id: 1398, en: 'Item number' },
	产地: { id: 1189, en: 'Place of origin' },
};

/** English for the SKU values; values not listed (sizes, model names) read the same in English. */
/** @type {Record<string, string>} */
const VALUE_EN = {
	黑色: 'Black',
	白色: 'White',
	灰色: 'Grey',
	红色: 'Red',
	蓝色: 'Blue',
	粉色: 'Pink',
	卡其色: 'Khaki',
	浅蓝: 'Light blue',
	深蓝: 'Dark blue',
	黑白: 'Black/White',
	全黑: 'All black',
	米白: 'Off-white',
	杏色: 'Apricot',
	城市警察: 'City police',
	工程车队: 'Construction team',
	恐龙乐园: 'Dinosaur park',
	绿色: 'Green',
	小熊款: 'Bear',
	恐龙款: 'Dinosaur',
	独角兽款: 'Unicorn',
	藏青: 'Navy',
	银色: 'Silver',
	珍珠款: 'Pearl',
	金属款: 'Metal',
	亚克力款: 'Acrylic',
	黑框灰片: 'Black frame, grey lens',
	茶色: 'Brown',
	银框: 'Silver frame',
	原味: 'Original',
	葱香: 'Scallion',
	海苔: 'Seaweed',
	其他: 'Other',
};

/** @param {string} value */
function valueEn(value) {
	if (VALUE_EN[value]) return VALUE_EN[value];
	return value
		.replace(/(\d+)件套/, '$1-piece set')
		.replace(/(\d+(?:\.\d+)?)米/, '$1 m')
		.replace(/(\d+)寸/, '$1 inch')
		.replace(/(\d+)页/, '$1 pages')
		.replace(/(\d+)包/, '$1 packs');
}

/**
 * Extra listings seeded for search: each product template is listed again under these subject
 * prefixes, so a keyword such as 一件代发 / dropshipping matches many pages of offers.
 */
const LISTING_PREFIXES = /** @type {const} */ ([
	{ zh: '一件代发 ', en: 'Dropshipping ' },
	{ zh: '跨境专供 一件代发 ', en: 'Cross-border Dropshipping ' },
	{ zh: '厂家直销 一件代发 ', en: 'Factory Direct Dropshipping ' },
	{ zh: '2025新款 一件代发 ', en: '2025 New Dropshipping ' },
]);

module.exports = {
	CATEGORY_TREE,
	PRODUCT_TEMPLATES,
	SELLERS,
	DEMO_BUYER_ADDRESSES,
	OTHER_BUYER_ADDRESSES,
	LOGISTICS_COMPANIES,
	RETURN_CARRIERS,
	FREIGHT_CARRIERS,
	ATTRIBUTES,
	VALUE_EN,
	valueEn,
	LISTING_PREFIXES,
};
