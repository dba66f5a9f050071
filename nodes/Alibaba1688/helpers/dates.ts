/** 1688 prints times as Beijing wall time: `yyyyMMddHHmmssSSS+0800` (17 digits) or without millis (14). */
export {
	formatCompactTime as formatGatewayDate,
	parseCompactTime as parseGatewayDate,
} from '../../shared/helpers/beijing-time';
