/**
 * Registers the disclaimer block.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import metadata from './block.json';
import deprecated from './deprecated';
import edit from './edit';
import save from './save';
import transforms from './transforms';
import './style.scss';
import './editor.scss';

// The JSON's literal types and the typed edit/save props don't line up with the
// generic BlockConfiguration; block.json is the source of truth.
registerBlockType(
	metadata as unknown as BlockConfiguration,
	{
		edit,
		save,
		deprecated,
		transforms,
	} as unknown as Partial< BlockConfiguration >
);
