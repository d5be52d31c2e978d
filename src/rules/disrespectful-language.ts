/**
 * Rule professionalism/disrespectful-language (stub: to be written).
 */
import { __ } from '@wordpress/i18n';
import type { SpanRule } from '../engine/types';

const rule: SpanRule = {
	meta: {
		id: 'professionalism/disrespectful-language',
		category: 'professionalism',
		kind: 'span',
		severity: 'warning',
		docs: __( 'To be written.', 'hcp-compliance' ),
		guideline: '',
		messages: {},
	},
	check: () => [],
};

export default rule;
