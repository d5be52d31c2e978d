/**
 * Static markup of the credentials header: readable with the plugin switched off.
 */
import { useBlockProps } from '@wordpress/block-editor';

import { CredentialsHeader, hasContent } from './header';
import type { CredentialsBlockAttributes } from './types';

/**
 * Saves the header; a block with no field filled saves no markup at all.
 *
 * @param props            Save props.
 * @param props.attributes Block attributes.
 * @return The header, or null when empty.
 */
export default function save( {
	attributes,
}: {
	attributes: CredentialsBlockAttributes;
} ) {
	if ( ! hasContent( attributes ) ) {
		return null;
	}
	return (
		<div { ...useBlockProps.save() }>
			<CredentialsHeader attributes={ attributes } />
		</div>
	);
}
