/** Mogujie's date parameters and fields: `yyyy-MM-dd HH:mm:ss`, Beijing time. */
export {
	formatDashedTime as formatMogujieDate,
	parseDashedTime as parseMogujieDate,
} from '../../shared/helpers/beijing-time';
