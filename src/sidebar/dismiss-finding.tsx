/**
 * The Dismiss action of a hint: a dialog asking why, recorded in the post's audit trail.
 */
import { Button, Modal } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { Finding } from '../engine/types';
import { getRuleTitle } from '../settings/rule-catalog';
import { store as policyStore } from '../store';
import type { DismissalReason } from '../store/types';
import { isReasonComplete } from './dismissal-reasons';
import { ReasonFields } from './reason-fields';

/**
 * A Dismiss button opening a dialog with the reason (and a comment, required for "other").
 *
 * @param props         Props.
 * @param props.finding The finding to dismiss.
 */
export function DismissFinding( { finding }: { finding: Finding } ) {
	const [ isOpen, setIsOpen ] = useState( false );
	const [ reason, setReason ] = useState< DismissalReason | '' >( '' );
	const [ comment, setComment ] = useState( '' );
	const { dismissFinding } = useDispatch( policyStore );

	const close = () => {
		setIsOpen( false );
		setReason( '' );
		setComment( '' );
	};
	const confirm = async () => {
		if ( isReasonComplete( reason, comment ) ) {
			await dismissFinding( finding, reason, comment );
			close();
		}
	};

	return (
		<>
			<Button
				variant="tertiary"
				size="small"
				className="hcp-compliance-sidebar__dismiss"
				onClick={ () => setIsOpen( true ) }
				aria-haspopup="dialog"
				// Every hint has a Dismiss button; the rule tells them apart for screen readers.
				label={ sprintf(
					/* translators: %s: name of the rule. */
					__( 'Dismiss hint: %s', 'hcp-compliance' ),
					getRuleTitle( finding.ruleId )
				) }
				showTooltip={ false }
			>
				{ __( 'Dismiss', 'hcp-compliance' ) }
			</Button>
			{ isOpen && (
				<Modal
					title={ __( 'Dismiss this hint', 'hcp-compliance' ) }
					onRequestClose={ close }
					className="hcp-compliance-dismiss"
				>
					<p className="hcp-compliance-dismiss__message">
						{ finding.message }
					</p>
					{ finding.excerpt && (
						<p className="hcp-compliance-dismiss__excerpt">
							<q>{ finding.excerpt }</q>
						</p>
					) }
					<form
						onSubmit={ ( event ) => {
							event.preventDefault();
							confirm();
						} }
					>
						<ReasonFields
							label={ __(
								'Why does this hint not apply?',
								'hcp-compliance'
							) }
							reason={ reason }
							comment={ comment }
							onChangeReason={ setReason }
							onChangeComment={ setComment }
						/>
						<p className="hcp-compliance-dismiss__note">
							{ __(
								'Your name, the time and the reason are recorded with the post when it is saved.',
								'hcp-compliance'
							) }
						</p>
						<div className="hcp-compliance-dismiss__actions">
							<Button
								variant="primary"
								type="submit"
								accessibleWhenDisabled
								disabled={
									! isReasonComplete( reason, comment )
								}
							>
								{ __( 'Confirm', 'hcp-compliance' ) }
							</Button>
							<Button variant="tertiary" onClick={ close }>
								{ __( 'Cancel', 'hcp-compliance' ) }
							</Button>
						</div>
					</form>
				</Modal>
			) }
		</>
	);
}
