/**
 * The reasons a clinician may give for dismissing a hint or overriding the
 * publish gate, with their labels.
 */
import { __ } from '@wordpress/i18n';
import type { DismissalReason } from '../store/types';

/**
 * Reasons in the order they are offered.
 *
 * @return Options for a RadioControl.
 */
export function getReasonOptions(): Array< {
	value: DismissalReason;
	label: string;
} > {
	return [
		{
			value: 'consent-on-file',
			label: __( 'Patient consent is on file', 'hcp-compliance' ),
		},
		{
			value: 'composite-case',
			label: __( 'Composite or fictional case', 'hcp-compliance' ),
		},
		{
			value: 'not-a-patient',
			label: __( 'Not about a patient', 'hcp-compliance' ),
		},
		{
			value: 'false-positive',
			label: __( 'False positive', 'hcp-compliance' ),
		},
		{ value: 'other', label: __( 'Other (explain)', 'hcp-compliance' ) },
	];
}

/**
 * The label of a reason; an unknown or empty reason reads as none.
 *
 * @param reason Reason as stored.
 * @return Label.
 */
export function getReasonLabel( reason: string ): string {
	return (
		getReasonOptions().find( ( option ) => option.value === reason )
			?.label ?? __( 'No reason given', 'hcp-compliance' )
	);
}

/**
 * Whether a reason and comment may be recorded: a reason is chosen, and "other" is explained.
 *
 * @param reason  Chosen reason ('' when none).
 * @param comment Comment.
 * @return True when complete.
 */
export function isReasonComplete(
	reason: DismissalReason | '',
	comment: string
): reason is DismissalReason {
	return reason !== '' && ( reason !== 'other' || comment.trim() !== '' );
}
