/**
 * Rule legality/unattributed-media (stub: to be written).
 */
import { __ } from '@wordpress/i18n';
import type { MediaRule } from '../engine/types';

const rule: MediaRule = {
	meta: {
		id: 'legality/unattributed-media',
		category: 'legality',
		kind: 'span',
		severity: 'warning',
		docs: __( 'To be written.', 'hcp-compliance' ),
		guideline: '',
		messages: {},
	},
	checkMedia: () => [],
};

export default rule;
