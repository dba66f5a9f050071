import type { IDataObject } from 'n8n-workflow';

import { valueText } from '../../shared/helpers/text';

/**
 * One receiveAddressItem as the fields of Preview's and Create's Delivery Address, so an address
 * can be mapped field by field. The API page's sample gives no item isDefault and most no phone,
 * so every field is optional; addressCodeText is "省 市 区", space-separated.
 */
export function simplifyAddress(item: IDataObject): IDataObject {
	const [provinceText = '', cityText = '', areaText = ''] = valueText(item.addressCodeText)
		.split(/\s+/)
		.filter(Boolean);
	return {
		addressId: valueText(item.id),
		isDefault: item.isDefault === true || item.isDefault === 'true',
		fullName: valueText(item.fullName).trim(),
		mobile: valueText(item.mobilePhone),
		phone: valueText(item.phone),
		provinceText,
		cityText,
		areaText,
		townText: valueText(item.townName),
		address: valueText(item.address).trim(),
		postCode: valueText(item.post),
		districtCode: valueText(item.addressCode),
		townCode: valueText(item.townCode),
		addressText: [
			valueText(item.addressCodeText),
			valueText(item.townName),
			valueText(item.address),
		]
			.map((part) => part.trim())
			.filter(Boolean)
			.join(' '),
	};
}
