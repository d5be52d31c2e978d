/**
 * Editor UI of the credentials block: a form while selected, the header as
 * readers will see it otherwise, and the author profile in the inspector.
 */
import {
	InspectorControls,
	store as blockEditorStore,
	useBlockProps,
} from '@wordpress/block-editor';
import {
	Button,
	ExternalLink,
	PanelBody,
	Placeholder,
	RadioControl,
	TextareaControl,
	TextControl,
} from '@wordpress/components';
import { speak } from '@wordpress/a11y';
import { useInstanceId } from '@wordpress/compose';
import { useDispatch } from '@wordpress/data';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { CredentialsHeader, hasContent } from './header';
import { labelsFor, type Labels } from './labels';
import { REGULATORS } from './registers';
import type {
	AuthorProfile,
	CredentialsBlockAttributes,
	TextField,
} from './types';
import { PROFILE_FIELDS } from './types';
import { prefillFrom } from './profile';
import { useAuthorProfile, useSaveProfile } from './use-author-profile';
import { checkRegistration } from './validate-registration';

/** Props the block editor passes to `edit`. */
export interface CredentialsEditProps {
	attributes: CredentialsBlockAttributes;
	setAttributes: ( next: Partial< CredentialsBlockAttributes > ) => void;
	isSelected: boolean;
}

/**
 * Whether two phrase sets hold the same phrases.
 *
 * @param a One set.
 * @param b The other.
 * @return True when equal.
 */
function sameLabels( a: Labels, b: Labels ): boolean {
	const keys = Object.keys( a ) as Array< keyof Labels >;
	return (
		keys.length === Object.keys( b ).length &&
		keys.every( ( key ) => a[ key ] === b[ key ] )
	);
}

/**
 * The credentials block in the editor.
 *
 * @param props               Edit props.
 * @param props.attributes
 * @param props.setAttributes
 * @param props.isSelected
 * @return The editor UI.
 */
export default function CredentialsEdit( {
	attributes,
	setAttributes,
	isSelected,
}: CredentialsEditProps ) {
	const blockProps = useBlockProps();
	const listId = `hcp-compliance-regulators-${ useInstanceId(
		CredentialsEdit
	) }`;
	const { profile, isResolved, currentUserId, siteAffiliation } =
		useAuthorProfile();
	const saveProfile = useSaveProfile( currentUserId );
	const { __unstableMarkNextChangeAsNotPersistent: markNotPersistent } =
		useDispatch( blockEditorStore ) as {
			__unstableMarkNextChangeAsNotPersistent?: () => void;
		};
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const [ isSavingProfile, setIsSavingProfile ] = useState( false );

	// Pre-fill once, and only a block nobody has typed into yet.
	const hasPrefilled = useRef( false );
	const isEmpty = ! hasContent( attributes );
	useEffect( () => {
		if ( hasPrefilled.current ) {
			return;
		}
		if ( ! isEmpty ) {
			hasPrefilled.current = true;
			return;
		}
		if ( ! isResolved ) {
			return;
		}
		hasPrefilled.current = true;
		const values = prefillFrom( profile, siteAffiliation );
		if ( Object.keys( values ).length > 0 ) {
			// Not an undo step of its own: the author did not do it.
			markNotPersistent?.();
			setAttributes( values );
		}
	}, [
		isEmpty,
		isResolved,
		profile,
		siteAffiliation,
		setAttributes,
		markNotPersistent,
	] );

	// Freeze the phrases the header shows in the author's language (see labels.ts).
	useEffect( () => {
		const wanted = labelsFor( attributes );
		if ( ! sameLabels( wanted, attributes.labels ?? {} ) ) {
			markNotPersistent?.();
			setAttributes( {
				labels: Object.keys( wanted ).length > 0 ? wanted : undefined,
			} );
		}
	}, [ attributes, setAttributes, markNotPersistent ] );

	const check = checkRegistration(
		attributes.registrationNumber,
		attributes.registrationBody
	);

	// Screen readers hear the check when its outcome changes, not on every keystroke.
	const lastStatus = useRef( check.status );
	useEffect( () => {
		if ( lastStatus.current === check.status ) {
			return;
		}
		lastStatus.current = check.status;
		if ( check.status === 'valid' || check.status === 'invalid' ) {
			speak( check.message, 'polite' );
		}
	}, [ check.status, check.message ] );

	const textField = ( field: TextField ) => ( {
		value: attributes[ field ] ?? '',
		onChange: ( value: string ) => setAttributes( { [ field ]: value } ),
		__nextHasNoMarginBottom: true,
	} );
	// Single-line inputs also take the editor's current control height.
	const inputField = ( field: TextField ) => ( {
		...textField( field ),
		__next40pxDefaultSize: true,
	} );

	const onSaveProfile = async () => {
		setIsSavingProfile( true );
		try {
			const values: AuthorProfile = {};
			for ( const field of PROFILE_FIELDS ) {
				values[ field ] = attributes[ field ] ?? '';
			}
			await saveProfile( values );
			createSuccessNotice(
				__(
					'Saved as your author profile: new credentials blocks in your posts will start with these details.',
					'hcp-compliance'
				),
				{ type: 'snackbar' }
			);
		} catch {
			createErrorNotice(
				__(
					'Your author profile could not be saved. Check your connection and try again.',
					'hcp-compliance'
				),
				{ type: 'snackbar' }
			);
		} finally {
			setIsSavingProfile( false );
		}
	};

	const registerLink = check.registerUrl && (
		<ExternalLink href={ check.registerUrl }>
			{ check.regulator
				? __( 'Check the public register', 'hcp-compliance' )
				: __( 'Public register', 'hcp-compliance' ) }
		</ExternalLink>
	);

	const inspector = (
		<InspectorControls>
			<PanelBody title={ __( 'Author profile', 'hcp-compliance' ) }>
				<p>
					{ __(
						'Save these details once: every new credentials block in your posts starts with them.',
						'hcp-compliance'
					) }
				</p>
				<Button
					variant="secondary"
					onClick={ onSaveProfile }
					isBusy={ isSavingProfile }
					disabled={ isSavingProfile || ! currentUserId }
					__next40pxDefaultSize
				>
					{ __( 'Save as my profile', 'hcp-compliance' ) }
				</Button>
			</PanelBody>
			{ check.registerUrl && (
				<PanelBody title={ __( 'Registration', 'hcp-compliance' ) }>
					<p>{ registerLink }</p>
				</PanelBody>
			) }
		</InspectorControls>
	);

	if ( ! isSelected ) {
		return (
			<div { ...blockProps }>
				{ inspector }
				{ isEmpty ? (
					<Placeholder
						icon="id-alt"
						label={ __( 'Author credentials', 'hcp-compliance' ) }
						instructions={ __(
							'Select this block to add your name, credentials, registration and capacity.',
							'hcp-compliance'
						) }
					/>
				) : (
					<CredentialsHeader attributes={ attributes } />
				) }
			</div>
		);
	}

	return (
		<div { ...blockProps }>
			{ inspector }
			<fieldset className="hcp-compliance-credentials__form">
				<legend className="hcp-compliance-credentials__legend">
					{ __( 'Author credentials', 'hcp-compliance' ) }
				</legend>
				<TextControl
					label={ __( 'Name', 'hcp-compliance' ) }
					{ ...inputField( 'name' ) }
				/>
				<TextControl
					label={ __( 'Credentials', 'hcp-compliance' ) }
					help={ __(
						'Degrees and titles, e.g. MD, MPH or RN.',
						'hcp-compliance'
					) }
					{ ...inputField( 'credentials' ) }
				/>
				<TextControl
					label={ __( 'Specialty', 'hcp-compliance' ) }
					{ ...inputField( 'specialty' ) }
				/>
				<TextControl
					label={ __( 'Registration body', 'hcp-compliance' ) }
					help={ __(
						'The regulator or licensing board, e.g. GMC or Texas Medical Board. Pick a suggestion or type your own.',
						'hcp-compliance'
					) }
					list={ listId }
					autoComplete="off"
					{ ...inputField( 'registrationBody' ) }
				/>
				<datalist id={ listId }>
					{ REGULATORS.map( ( regulator ) => (
						<option key={ regulator.id } value={ regulator.name } />
					) ) }
				</datalist>
				<TextControl
					label={ __( 'Registration number', 'hcp-compliance' ) }
					className={
						check.status === 'invalid'
							? 'hcp-compliance-credentials__number is-invalid'
							: 'hcp-compliance-credentials__number'
					}
					help={
						<>
							{ check.message }
							{ check.message && check.registerUrl && ' ' }
							{ registerLink }
						</>
					}
					{ ...inputField( 'registrationNumber' ) }
				/>
				<TextControl
					label={ __( 'Affiliation', 'hcp-compliance' ) }
					help={ __(
						'The practice or organisation you work for.',
						'hcp-compliance'
					) }
					placeholder={ siteAffiliation }
					{ ...inputField( 'affiliation' ) }
				/>
				<RadioControl
					label={ __( 'Capacity', 'hcp-compliance' ) }
					help={ __(
						'Readers should know whether you speak for your employer.',
						'hcp-compliance'
					) }
					selected={ attributes.capacity ?? '' }
					options={ [
						{
							label: __(
								'Personal capacity: my own views',
								'hcp-compliance'
							),
							value: 'independent',
						},
						{
							label: __(
								'On behalf of my employer',
								'hcp-compliance'
							),
							value: 'employer',
						},
						{
							label: __( 'Not stated', 'hcp-compliance' ),
							value: '',
						},
					] }
					onChange={ ( value: string ) =>
						setAttributes( {
							capacity:
								value === 'independent' || value === 'employer'
									? value
									: '',
						} )
					}
				/>
				<TextareaControl
					label={ __( 'Disclosures', 'hcp-compliance' ) }
					help={ __(
						'Conflicts of interest, sponsorship, free products or affiliate links; leave empty if none.',
						'hcp-compliance'
					) }
					{ ...textField( 'disclosures' ) }
				/>
			</fieldset>
		</div>
	);
}
