/**
 * Turns a paragraph into the disclaimer block and back.
 */
import { createBlock } from '@wordpress/blocks';

/**
 * A rich text attribute as HTML: WordPress 6.5+ passes paragraph content as a
 * RichTextData object, earlier versions as a string.
 *
 * @param value Attribute value.
 * @return HTML string.
 */
function toHtml( value: unknown ): string {
	if ( typeof value === 'string' ) {
		return value;
	}
	if ( value && typeof value === 'object' && 'toHTMLString' in value ) {
		return ( value as { toHTMLString: () => string } ).toHTMLString();
	}
	return value === undefined || value === null ? '' : String( value );
}

/** Block transforms of the disclaimer. */
const transforms = {
	from: [
		{
			type: 'block',
			blocks: [ 'core/paragraph' ],
			transform: ( { content }: { content?: unknown } ) =>
				createBlock( 'hcp-compliance/disclaimer', {
					text: toHtml( content ),
				} ),
		},
	],
	to: [
		{
			type: 'block',
			blocks: [ 'core/paragraph' ],
			transform: ( { text }: { text?: string } ) =>
				createBlock( 'core/paragraph', { content: text ?? '' } ),
		},
	],
};

export default transforms;
