/**
 * Rule content/absolute-claim (stub: to be written).
 */
import { __ } from '@wordpress/i18n';
import type { SpanRule } from '../engine/types';

const rule: SpanRule = {
	meta: {
		id: 'content/absolute-claim',
		category: 'content',
		kind: 'span',
		severity: 'warning',
		docs: __( 'To be written.', 'hcp-compliance' ),
		guideline: '',
		messages: {},
	},
	check: () => [],
};

export default rule;
