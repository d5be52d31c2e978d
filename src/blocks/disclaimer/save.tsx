/**
 * Static markup of the disclaimer: a note with the author's rich text.
 */
import { RichText, useBlockProps } from '@wordpress/block-editor';

import type { DisclaimerAttributes } from '../../engine/types';

/**
 * Saves the disclaimer; an empty one saves no markup.
 *
 * The text is inline HTML from the rich text field; on the front end it also
 * passes through wp_kses_post (php/blocks.php).
 *
 * @param props            Save props.
 * @param props.attributes Block attributes.
 * @return The disclaimer, or null when empty.
 */
export default function save( {
	attributes,
}: {
	attributes: DisclaimerAttributes;
} ) {
	const text = attributes.text ?? '';
	if ( text.trim() === '' ) {
		return null;
	}
	return (
		<div { ...useBlockProps.save( { role: 'note' } ) }>
			<RichText.Content
				tagName="p"
				className="hcp-compliance-disclaimer__text"
				value={ text }
			/>
		</div>
	);
}
