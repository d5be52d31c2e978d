/**
 * Earlier saved forms of the disclaimer block, newest first.
 *
 * Any change to the saved markup must add the previous `save()` here, with a
 * fixture in test/, so that posts saved before the change stay valid.
 */
import metadata from './block.json';
import type { DisclaimerAttributes } from '../../engine/types';

/**
 * Comment-only form: tools may write `<!-- wp:hcp-compliance/disclaimer {"text":"..."} /-->`.
 * It loads as valid and gets its markup on the next save.
 */
const commentOnly = {
	attributes: metadata.attributes,
	save: (): null => null,
	migrate: ( attributes: DisclaimerAttributes ) => attributes,
};

/** Deprecations, newest first. */
const deprecated = [ commentOnly ];

export default deprecated;
