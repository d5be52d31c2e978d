/**
 * The publish-gate override: a reason (comment required for "other"), recorded
 * in the post's audit trail, after which the overridden findings stop blocking.
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { Finding } from '../engine/types';
import { store as policyStore } from '../store';
import type { DismissalReason } from '../store/types';
import { isReasonComplete } from './dismissal-reasons';
import { ReasonFields } from './reason-fields';

/**
 * The override form.
 *
 * @param props          Props.
 * @param props.blocking Findings the override covers.
 * @param props.onDone   Called after the override is recorded, or on Cancel.
 */
export function OverrideForm( {
	blocking,
	onDone,
}: {
	blocking: Finding[];
	onDone: () => void;
} ) {
	const [ reason, setReason ] = useState< DismissalReason | '' >( '' );
	const [ comment, setComment ] = useState( '' );
	const { overridePublishGate } = useDispatch( policyStore );

	return (
		<form
			className="hcp-compliance-override"
			onSubmit={ async ( event ) => {
				event.preventDefault();
				if ( isReasonComplete( reason, comment ) ) {
					await overridePublishGate( blocking, reason, comment );
					onDone();
				}
			} }
		>
			<ReasonFields
				label={ __(
					'Why may this post be published as it is?',
					'hcp-compliance'
				) }
				reason={ reason }
				comment={ comment }
				onChangeReason={ setReason }
				onChangeComment={ setComment }
			/>
			<p>
				{ __(
					'The override, your name and the reason are recorded with the post.',
					'hcp-compliance'
				) }
			</p>
			<Button
				variant="primary"
				type="submit"
				accessibleWhenDisabled
				disabled={ ! isReasonComplete( reason, comment ) }
			>
				{ __( 'Override and allow publishing', 'hcp-compliance' ) }
			</Button>
			<Button variant="tertiary" onClick={ onDone }>
				{ __( 'Cancel', 'hcp-compliance' ) }
			</Button>
		</form>
	);
}
