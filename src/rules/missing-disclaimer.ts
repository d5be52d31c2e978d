/**
 * Rule patient-care/missing-disclaimer (stub: to be written).
 */
import { __ } from '@wordpress/i18n';
import type { DocumentRule } from '../engine/types';

const rule: DocumentRule = {
	meta: {
		id: 'patient-care/missing-disclaimer',
		category: 'patient-care',
		kind: 'document',
		severity: 'warning',
		docs: __( 'To be written.', 'hcp-compliance' ),
		guideline: '',
		messages: {},
	},
	check: () => [],
};

export default rule;
