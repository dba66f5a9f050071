import type { INodePropertyOptions } from 'n8n-workflow';

/** Courier codes Mogujie accepts for shipping (kuaidi100-style codes, as ERPs send them). */
export const COURIERS: INodePropertyOptions[] = [
	{ name: 'EMS', value: 'ems' },
	{ name: 'EMS International (EMS国际)', value: 'emsguoji' },
	{ name: 'Guotong (国通快递)', value: 'guotongkuaidi' },
	{ name: 'Huitong / Best (汇通快运)', value: 'huitongkuaidi' },
	{ name: 'Kuaijie (快捷速递)', value: 'kuaijiesudi' },
	{ name: 'Quanfeng (全峰快递)', value: 'quanfengkuaidi' },
	{ name: 'SF Express (顺丰速运)', value: 'shunfeng' },
	{ name: 'Shentong / STO (申通快递)', value: 'shentong' },
	{ name: 'Tiantian (天天快递)', value: 'tiantian' },
	{ name: 'Uce (优速快递)', value: 'youshuwuliu' },
	{ name: 'China Post Parcel (邮政包裹)', value: 'youzhengguonei' },
	{ name: 'Yuantong / YTO (圆通速递)', value: 'yuantong' },
	{ name: 'Yunda (韵达快运)', value: 'yunda' },
	{ name: 'ZJS (宅急送)', value: 'zhaijisong' },
	{ name: 'Zhongtong / ZTO (中通速递)', value: 'zhongtong' },
];
