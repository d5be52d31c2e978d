/**
 * Rule patient-care/individual-advice (stub: to be written).
 */
import { __ } from '@wordpress/i18n';
import type { SpanRule } from '../engine/types';

const rule: SpanRule = {
	meta: {
		id: 'patient-care/individual-advice',
		category: 'patient-care',
		kind: 'span',
		severity: 'warning',
		docs: __( 'To be written.', 'hcp-compliance' ),
		guideline: '',
		messages: {},
	},
	check: () => [],
};

export default rule;
