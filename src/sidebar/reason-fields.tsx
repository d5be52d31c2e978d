/**
 * The reason and comment fields shared by the dismissal dialog and the publish override.
 */
import { RadioControl, TextareaControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { DismissalReason } from '../store/types';
import { getReasonOptions } from './dismissal-reasons';

/** Props of ReasonFields. */
export interface ReasonFieldsProps {
	label: string;
	reason: DismissalReason | '';
	comment: string;
	onChangeReason: ( reason: DismissalReason ) => void;
	onChangeComment: ( comment: string ) => void;
}

/**
 * A reason chooser and a comment box, the comment required for "other".
 *
 * @param props                 Props.
 * @param props.label
 * @param props.reason
 * @param props.comment
 * @param props.onChangeReason
 * @param props.onChangeComment
 */
export function ReasonFields( {
	label,
	reason,
	comment,
	onChangeReason,
	onChangeComment,
}: ReasonFieldsProps ) {
	const needsComment = reason === 'other';
	return (
		<>
			<RadioControl
				label={ label }
				selected={ reason }
				options={ getReasonOptions() }
				onChange={ ( value: string ) =>
					onChangeReason( value as DismissalReason )
				}
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={
					needsComment
						? __( 'Comment (required)', 'hcp-compliance' )
						: __( 'Comment (optional)', 'hcp-compliance' )
				}
				help={
					needsComment && comment.trim() === ''
						? __(
								'Say why, so a reviewer can follow the decision.',
								'hcp-compliance'
							)
						: undefined
				}
				value={ comment }
				onChange={ onChangeComment }
				required={ needsComment }
			/>
		</>
	);
}
