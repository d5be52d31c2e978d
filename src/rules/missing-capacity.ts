/**
 * Rule identification/missing-capacity (stub: to be written).
 */
import { __ } from '@wordpress/i18n';
import type { DocumentRule } from '../engine/types';

const rule: DocumentRule = {
	meta: {
		id: 'identification/missing-capacity',
		category: 'identification',
		kind: 'document',
		severity: 'warning',
		docs: __( 'To be written.', 'hcp-compliance' ),
		guideline: '',
		messages: {},
	},
	check: () => [],
};

export default rule;
