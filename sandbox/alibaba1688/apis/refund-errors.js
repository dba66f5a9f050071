// @ts-check
'use strict';

// The error codes of the refund APIs (issue 14), kept apart from business-errors.js because each
// refund API has its own documented table and reply shape:
//   getRefundReasonList / createRefund / uploadRefundVoucher
//                       { result: { success: false, code, message } }      (INFERRED from the
//                       OrderRefund*Result models: code "错误码", message "错误信息"; no sample)
//   refund.returnGoods  { result: { success: false, errorCode, errorInfo } } (doc example, fixture
//                       alibaba.trade.refund.returnGoods.waybill-check-failed.txt)
//   refund.buyer.queryOrderRefundList   { success: false, errorCode, errorMsg } (Java SDK result:
//                       errorMsg, not errorMessage)
//   OpQueryBatchRefundByOrderIdAndStatus / OpQueryOrderRefund / OpQueryOrderRefundOperationList
//                       { errorCode: "500", errorMessage: "<JSON text>", extErrorMessage? } (doc)
// Every documented code is answered with its documented text (现象 column); codes marked
// "sandbox's own" are the sandbox's choice where no documented code fits.

/**
 * createRefund-1 错误码 table (API page com.alibaba.trade:alibaba.trade.createRefund-1), verbatim.
 * getRefundReasonList-1 documents only "5xxx 调用者错误 / 4xxx 服务方内部错误": for its cases the
 * sandbox reuses createRefund's 5001, 5002, 5003 and 5010 (sandbox's own choice of codes).
 */
const CREATE_REFUND_ERRORS = Object.freeze({
	ORDER_NOT_EXIST: { code: '5001', message: '订单不存在' },
	NOT_BUYER: { code: '5002', message: '订单买家与用户身份不一致' },
	GOODS_STATUS_INVALID: { code: '5003', message: '货物状态状态不合法' },
	REASON_INVALID: { code: '5004', message: '退款退货原因错误，请确认原因id' },
	VOUCHER_REQUIRED: { code: '5005', message: '需要上传凭证' },
	CARRIAGE_NOT_REFUNDABLE: { code: '5006', message: '退运费大于0' },
	REFUND_STATUS_ERROR: { code: '5010', message: '退货状态错误' },
	AMOUNT_ERROR: { code: '5011', message: '退款金额错误' },
	DESCRIPTION_LENGTH: { code: '5012', message: '退款描述长度错误' },
	ENTRY_COUNT_ERROR: { code: '5013', message: '子订单退货数量' },
	UNKNOWN: { code: '5100', message: '其他未知错误' },
	/** 4xxx 服务方内部错误: only through failNextRefundCall (the text is the table's) */
	SERVICE_ERROR: { code: '4000', message: '服务方内部错误' },
	/**
	 * sandbox's own: vouchers unreadable, more than 5, or not a URL uploadRefundVoucher returned
	 * (the page says 1-5 and "必须使用 uploadRefundVoucher 返回的 图片域名/相对路径" but documents no code)
	 */
	VOUCHERS_INVALID: {
		code: 'REFUND_VOUCHERS_INVALID',
		message:
			'vouchers must be a JSON array of at most 5 image URLs returned by alibaba.trade.uploadRefundVoucher',
	},
	/** sandbox's own: orderEntryIds / orderEntryCountList / amounts that cannot be read at all */
	PARAM_ERROR: { code: 'PARAM_ERROR', message: 'unreadable parameter' },
});

/**
 * uploadRefundVoucher-1 错误码: 4000, "调用者错误：未正确传入imageData参数；服务方错误：网络延迟、内部服务异常".
 * The sandbox answers the caller text for a missing, empty, non-JPEG or oversized image and the
 * service text only through failNextRefundCall.
 */
const UPLOAD_VOUCHER_ERRORS = Object.freeze({
	IMAGE_INVALID: { code: '4000', message: '未正确传入imageData参数' },
	SERVICE_ERROR: { code: '4000', message: '网络延迟、内部服务异常' },
});

/** refund.returnGoods-1 错误码 table, verbatim (errorCode / errorInfo). */
const RETURN_GOODS_ERRORS = Object.freeze({
	/** never produced by the handler: the gateway refuses a bad token first (failNextRefundCall only) */
	NEED_AUTH: { code: '4001', message: '需要用户授权' },
	LOGISTICS_REQUIRED: { code: '4002', message: '物流公司编号和运单号必填' },
	TOO_MANY_VOUCHERS: { code: '4003', message: '上传凭证数量过多' },
	VOUCHER_URL_INVALID: { code: '4003', message: '凭证URL校验不通过' },
	/** unknown carrier code (not in OpQueryLogisticCompanyList.offline) or a waybill its check refuses */
	WAYBILL_CHECK_FAILED: { code: '4004', message: '物流公司编号和运单号校验不通过' },
	/** failNextRefundCall only */
	WAYBILL_CHECK_ERROR: { code: '4004', message: '物流公司编号和运单号校验异常' },
	REFUND_NOT_EXIST: { code: '4005', message: '退款单信息不存在' },
	NO_PERMISSION: { code: '4006', message: '无当前退款单操作权限' },
	STATUS_NOT_RETURNABLE: { code: '4007', message: '当前退款单状态不支持退货' },
	REFUND_ID_INVALID: { code: '4008', message: '退款单号信息有误，请核对后重新提交' },
	/** 5001-5003: internal failures, failNextRefundCall only */
	QUERY_ERROR: { code: '5001', message: '退款单信息查询异常' },
	OPERATION_FAILED: { code: '5002', message: '退款退货操作失败' },
	OPERATION_ERROR: { code: '5003', message: '退款退货操作异常' },
	/** sandbox's own: description given but not 2-200 characters (the page states the rule, no code) */
	DESCRIPTION_LENGTH: {
		code: 'RETURN_DESCRIPTION_LENGTH',
		message: '发货说明，内容在2-200个字之间',
	},
});

/** refund.buyer.queryOrderRefundList-1 错误码 (documented) and the sandbox's own parameter errors. */
const REFUND_LIST_ERRORS = Object.freeze({
	APPLY_TIME_ERROR: {
		code: 'APPLY_TIME_ERROR',
		message: '只能查询近730天的退款单，请检查退款申请时间!',
	},
	/** sandbox's own: a date not in the yyyyMMddHHmmssSSSZ format */
	DATE_FORMAT_ERROR: {
		code: 'DATE_FORMAT_ERROR',
		message: 'dates must be in the format yyyyMMddHHmmssSSSZ, e.g. 20180102211113000+0800',
	},
	/** sandbox's own: currentPageNum / pageSize / refundStatusSet / dipsuteType unreadable, logisticsNo without sellerMemberId */
	PARAM_ERROR: { code: 'PARAM_ERROR', message: 'unreadable parameter' },
});

/**
 * The errorMessage texts of the refund read APIs (API pages OpQueryBatchRefundByOrderIdAndStatus-1
 * and OpQueryOrderRefund-1, 错误码 examples), as JSON text inside errorMessage.
 */
const REFUND_READ_ERRORS = Object.freeze({
	/** OpQueryBatchRefundByOrderIdAndStatus: unknown order (extErrorMessage 订单号有误) */
	orderNotExist: {
		errorCode: '500',
		errorMessage: JSON.stringify({
			errorCode: '003002',
			errorMessage: 'SERVICE:INVOKE_FAIL:OrderRefundService.queryBatchRefundByOrderIdAndStatus',
			cause: 'errorCode:ORDER_NOT_EXIST,errorMsg:null,cause:null',
		}),
		extErrorMessage: '订单号有误',
	},
	/** OpQueryOrderRefund: the refund (or, sandbox's own reuse, the order) is another user's */
	notOwn: {
		errorCode: '500',
		errorMessage: JSON.stringify({
			errorCode: '003',
			errorMessage: 'SERVICE:查询数据失败，请检查输入参数后重试。',
			cause: '',
		}),
	},
	/** OpQueryOrderRefund: a refund id that is not a refund (e.g. without TQ); "TD+id" is the page's */
	/** @param {string} refundId */
	refundDataError: (refundId) => ({
		errorCode: '500',
		errorMessage: JSON.stringify({
			errorCode: '003002',
			errorMessage: 'SERVICE:INVOKE_FAIL:退款数据错误，请检查退款单号，退款单号的格式一般为TD+id',
			cause: `errorCode:REFUND_DATA_ERROR,errorMsg:refundId : ${refundId},cause:null`,
		}),
	}),
	/**
	 * OpQueryOrderRefund(OperationList): INVALID_PARAM (documented for a wrong refund id on the
	 * operation list service); the sandbox also answers it for an unreadable queryType / pageNo / pageSize
	 * @param {string} service @param {string} what
	 */
	invalidParam: (service, what) => ({
		errorCode: '500',
		errorMessage: JSON.stringify({
			errorCode: '003002',
			errorMessage: `SERVICE:INVOKE_FAIL:${service}`,
			cause: `errorCode:INVALID_PARAM,errorMsg:${what},cause:null`,
		}),
	}),
});

/**
 * What failNextRefundCall may force, per API: the documented codes of internal failures that the
 * sandbox never produces on its own.
 */
const FORCEABLE = Object.freeze({
	'alibaba.trade.getRefundReasonList': [CREATE_REFUND_ERRORS.SERVICE_ERROR],
	'alibaba.trade.createRefund': [CREATE_REFUND_ERRORS.UNKNOWN, CREATE_REFUND_ERRORS.SERVICE_ERROR],
	'alibaba.trade.uploadRefundVoucher': [UPLOAD_VOUCHER_ERRORS.SERVICE_ERROR],
	'alibaba.trade.refund.returnGoods': [
		RETURN_GOODS_ERRORS.NEED_AUTH,
		RETURN_GOODS_ERRORS.WAYBILL_CHECK_ERROR,
		RETURN_GOODS_ERRORS.QUERY_ERROR,
		RETURN_GOODS_ERRORS.OPERATION_FAILED,
		RETURN_GOODS_ERRORS.OPERATION_ERROR,
	],
});

module.exports = {
	CREATE_REFUND_ERRORS,
	UPLOAD_VOUCHER_ERRORS,
	RETURN_GOODS_ERRORS,
	REFUND_LIST_ERRORS,
	REFUND_READ_ERRORS,
	FORCEABLE,
};
