import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The parameters both order triggers share: which changes, which statuses, and history on activation. */
export function changeTriggerProperties(labels: {
	newLabel: string;
	updatedLabel: string;
	statuses: INodePropertyOptions[];
}): INodeProperties[] {
	return [
		{
			displayName: 'Trigger On',
			name: 'events',
			type: 'multiOptions',
			required: true,
			options: [
				{
					name: labels.newLabel,
					value: 'new',
					action: `On ${labels.newLabel.toLowerCase()}`,
					description: 'An order placed since the last check, once per order',
				},
				{
					name: labels.updatedLabel,
					value: 'updated',
					action: `On ${labels.updatedLabel.toLowerCase()}`,
					description: 'Every later change of an order (status, amounts, shipping)',
				},
			],
			default: ['new', 'updated'],
			description:
				'Each order change starts the workflow once, with an "event" field saying which kind it is',
		},
		{
			displayName: 'Only These Statuses',
			name: 'statuses',
			type: 'multiOptions',
			options: labels.statuses,
			default: [],
			description:
				'Start only for orders that now have one of these statuses; none chosen means every status',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Include Changes Since',
					name: 'includeSince',
					type: 'dateTime',
					default: '',
					description:
						'On activation, also emit the changes since this time once. Without it, only changes after activation start the workflow.',
				},
			],
		},
	];
}
