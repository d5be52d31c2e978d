/**
 * Editor UI of the disclaimer: rich text, with templates in the toolbar.
 */
import {
	BlockControls,
	RichText,
	store as blockEditorStore,
	useBlockProps,
} from '@wordpress/block-editor';
import { ToolbarDropdownMenu } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useEffect, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { DisclaimerAttributes } from '../../engine/types';
import { useSiteSettings } from '../use-site-settings';
import { builtInDefaultText, disclaimerTemplates } from './templates';

/** Props the block editor passes to `edit`. */
export interface DisclaimerEditProps {
	attributes: DisclaimerAttributes;
	setAttributes: ( next: Partial< DisclaimerAttributes > ) => void;
}

/** Formats that survive wp_kses_post and suit a disclaimer. */
const ALLOWED_FORMATS = [ 'core/bold', 'core/italic', 'core/link' ];

/**
 * The practice's default disclaimer from the site settings, or the built-in one.
 *
 * @return The default text.
 */
function useSiteDefaultText(): string {
	const text = useSiteSettings().disclaimerText;
	return typeof text === 'string' && text.trim() !== ''
		? text
		: builtInDefaultText();
}

/**
 * The disclaimer block in the editor.
 *
 * @param props               Edit props.
 * @param props.attributes
 * @param props.setAttributes
 * @return The editor UI.
 */
export default function DisclaimerEdit( {
	attributes,
	setAttributes,
}: DisclaimerEditProps ) {
	const blockProps = useBlockProps( { role: 'note' } );
	const siteDefault = useSiteDefaultText();
	const { __unstableMarkNextChangeAsNotPersistent: markNotPersistent } =
		useDispatch( blockEditorStore ) as {
			__unstableMarkNextChangeAsNotPersistent?: () => void;
		};

	// A new (empty) disclaimer starts with the practice's text, once.
	const hasPrefilled = useRef( false );
	const isEmpty = ( attributes.text ?? '' ).trim() === '';
	useEffect( () => {
		if ( hasPrefilled.current ) {
			return;
		}
		hasPrefilled.current = true;
		if ( isEmpty ) {
			markNotPersistent?.();
			setAttributes( { text: siteDefault } );
		}
	}, [ isEmpty, siteDefault, setAttributes, markNotPersistent ] );

	const controls = [
		{
			title: __( 'Site default', 'hcp-compliance' ),
			onClick: () => setAttributes( { text: siteDefault } ),
		},
		...disclaimerTemplates().map( ( template ) => ( {
			title: template.label,
			onClick: () => setAttributes( { text: template.text } ),
		} ) ),
	];

	return (
		<>
			<BlockControls group="other">
				<ToolbarDropdownMenu
					icon="text-page"
					label={ __( 'Disclaimer templates', 'hcp-compliance' ) }
					text={ __( 'Templates', 'hcp-compliance' ) }
					controls={ controls }
				/>
			</BlockControls>
			<div { ...blockProps }>
				<RichText
					tagName="p"
					identifier="text"
					className="hcp-compliance-disclaimer__text"
					aria-label={ __( 'Disclaimer text', 'hcp-compliance' ) }
					placeholder={ __(
						'Write a disclaimer, or pick a template from the toolbar.',
						'hcp-compliance'
					) }
					allowedFormats={ ALLOWED_FORMATS }
					value={ attributes.text ?? '' }
					onChange={ ( text: string ) => setAttributes( { text } ) }
				/>
			</div>
		</>
	);
}
