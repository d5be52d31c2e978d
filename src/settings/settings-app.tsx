/**
 * The practice policy screen: each rule off / advise / require, the default
 * disclaimer, the practice's affiliation and official contacts, and who may
 * override the publish gate, read from and saved to the REST settings API.
 */
import apiFetch from '@wordpress/api-fetch';
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
	SelectControl,
	Spinner,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { PolicyLevel } from '../store/types';
import { getRuleCatalog } from './rule-catalog';
import {
	validateSettings,
	type PracticeSettings,
	type SettingsErrors,
} from './validate';

/** Name of the option in /wp/v2/settings. */
const OPTION = 'hcp_compliance_settings';

/** What the server tells the screen (php/settings.php). */
declare global {
	interface Window {
		hcpComplianceSettings?: { capabilities?: string[] };
	}
}

/** A notice after saving or loading. */
interface Status {
	type: 'success' | 'error';
	message: string;
}

/**
 * Labels of the capabilities an administrator may choose for overriding.
 *
 * @return Capability → label.
 */
function capabilityLabels(): Record< string, string > {
	return {
		manage_options: __( 'Administrators only', 'hcp-compliance' ),
		edit_others_posts: __( 'Editors and administrators', 'hcp-compliance' ),
		publish_posts: __(
			'Authors, editors and administrators',
			'hcp-compliance'
		),
		edit_posts: __( 'Anyone who can write posts', 'hcp-compliance' ),
	};
}

/**
 * Reads a REST error's message, falling back to a general one.
 *
 * @param error What apiFetch threw.
 * @return Message for the user.
 */
function errorMessage( error: unknown ): string {
	if (
		typeof error === 'object' &&
		error !== null &&
		typeof ( error as { message?: unknown } ).message === 'string'
	) {
		return ( error as { message: string } ).message;
	}
	return __( 'The settings could not be saved.', 'hcp-compliance' );
}

/**
 * The settings screen.
 */
export function SettingsApp() {
	const [ settings, setSettings ] = useState< PracticeSettings | null >(
		null
	);
	const [ errors, setErrors ] = useState< SettingsErrors >( {} );
	const [ status, setStatus ] = useState< Status | null >( null );
	const [ isSaving, setIsSaving ] = useState( false );
	const capabilities = window.hcpComplianceSettings?.capabilities ?? [
		'manage_options',
		'edit_others_posts',
		'publish_posts',
		'edit_posts',
	];
	const labels = capabilityLabels();

	useEffect( () => {
		apiFetch< Record< string, PracticeSettings > >( {
			path: '/wp/v2/settings',
		} )
			.then( ( response ) => setSettings( response[ OPTION ] ) )
			.catch( ( error ) =>
				setStatus( { type: 'error', message: errorMessage( error ) } )
			);
	}, [] );

	if ( ! settings ) {
		return status ? (
			<Notice status="error" isDismissible={ false }>
				{ status.message }
			</Notice>
		) : (
			<Spinner />
		);
	}

	/**
	 * Changes one field, keeping everything else as typed.
	 *
	 * @param changes Fields to change.
	 */
	const update = ( changes: Partial< PracticeSettings > ) => {
		setSettings( { ...settings, ...changes } );
		setStatus( null );
	};

	const save = async () => {
		const found = validateSettings( settings, capabilities );
		setErrors( found );
		if ( Object.keys( found ).length > 0 ) {
			setStatus( {
				type: 'error',
				message: __(
					'Some fields need correcting; nothing was saved.',
					'hcp-compliance'
				),
			} );
			return;
		}
		setIsSaving( true );
		try {
			const response = await apiFetch<
				Record< string, PracticeSettings >
			>( {
				path: '/wp/v2/settings',
				method: 'POST',
				data: { [ OPTION ]: settings },
			} );
			setSettings( response[ OPTION ] );
			setStatus( {
				type: 'success',
				message: __( 'Practice policy saved.', 'hcp-compliance' ),
			} );
		} catch ( error ) {
			// The form keeps what was typed, so nothing is lost on a refusal.
			setStatus( { type: 'error', message: errorMessage( error ) } );
		} finally {
			setIsSaving( false );
		}
	};

	const textFields: Array< {
		name: 'disclaimerText' | 'affiliation' | 'officialContacts';
		label: string;
		help: string;
		multiline: boolean;
	} > = [
		{
			name: 'disclaimerText',
			label: __( 'Default disclaimer text', 'hcp-compliance' ),
			help: __(
				'Inserted by the disclaimer block. Links and emphasis are allowed.',
				'hcp-compliance'
			),
			multiline: true,
		},
		{
			name: 'affiliation',
			label: __( 'Practice affiliation', 'hcp-compliance' ),
			help: __(
				'The organisation authors write for, offered in the credentials block.',
				'hcp-compliance'
			),
			multiline: false,
		},
		{
			name: 'officialContacts',
			label: __( 'Official contacts', 'hcp-compliance' ),
			help: __(
				'One per line: the practice’s phone, email and address. These are never flagged as personal contact details or patient identifiers.',
				'hcp-compliance'
			),
			multiline: true,
		},
	];

	const levelOptions = [
		{ value: 'off', label: __( 'Off', 'hcp-compliance' ) },
		{ value: 'advise', label: __( 'Advise', 'hcp-compliance' ) },
		{
			value: 'require',
			label: __( 'Require before publishing', 'hcp-compliance' ),
		},
	];

	return (
		<form
			className="hcp-compliance-settings"
			onSubmit={ ( event ) => {
				event.preventDefault();
				save();
			} }
		>
			{ status && (
				<Notice
					status={ status.type }
					onRemove={ () => setStatus( null ) }
				>
					{ status.message }
				</Notice>
			) }
			<Card className="hcp-compliance-settings__card">
				<CardHeader>
					<h2>{ __( 'Rules', 'hcp-compliance' ) }</h2>
				</CardHeader>
				<CardBody>
					<p>
						{ __(
							'Advise shows a hint while writing. Require also stops publishing until the problem is fixed, dismissed with a reason, or overridden by someone allowed to.',
							'hcp-compliance'
						) }
					</p>
					{ getRuleCatalog().map( ( rule ) => (
						<SelectControl
							key={ rule.id }
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							className="hcp-compliance-settings__rule"
							label={ rule.title }
							help={ rule.description }
							value={ settings.rules[ rule.id ] ?? 'advise' }
							options={ levelOptions }
							onChange={ ( level: string ) =>
								update( {
									rules: {
										...settings.rules,
										[ rule.id ]: level as PolicyLevel,
									},
								} )
							}
						/>
					) ) }
				</CardBody>
			</Card>
			<Card className="hcp-compliance-settings__card">
				<CardHeader>
					<h2>{ __( 'Practice', 'hcp-compliance' ) }</h2>
				</CardHeader>
				<CardBody>
					{ textFields.map( ( field ) => {
						const Control = field.multiline
							? TextareaControl
							: TextControl;
						return (
							<Control
								key={ field.name }
								__nextHasNoMarginBottom
								label={ field.label }
								help={ errors[ field.name ] ?? field.help }
								className={
									errors[ field.name ]
										? 'is-invalid'
										: undefined
								}
								aria-invalid={ Boolean( errors[ field.name ] ) }
								value={ settings[ field.name ] }
								onChange={ ( value: string ) =>
									update( { [ field.name ]: value } )
								}
							/>
						);
					} ) }
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __(
							'Who may publish despite a required rule',
							'hcp-compliance'
						) }
						help={
							errors.overrideCapability ??
							__(
								'They give a reason, which is recorded with the post.',
								'hcp-compliance'
							)
						}
						value={ settings.overrideCapability }
						options={ capabilities.map( ( capability ) => ( {
							value: capability,
							label: labels[ capability ] ?? capability,
						} ) ) }
						onChange={ ( overrideCapability: string ) =>
							update( { overrideCapability } )
						}
					/>
				</CardBody>
			</Card>
			<Button
				variant="primary"
				type="submit"
				isBusy={ isSaving }
				disabled={ isSaving }
				__next40pxDefaultSize
			>
				{ __( 'Save changes', 'hcp-compliance' ) }
			</Button>
		</form>
	);
}
