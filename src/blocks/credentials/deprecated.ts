/**
 * Earlier saved forms of the credentials block, newest first.
 *
 * Any change to the saved markup must add the previous `save()` here, with a
 * fixture in test/, so that posts saved before the change stay valid.
 */
import metadata from './block.json';
import type { CredentialsBlockAttributes } from './types';

/**
 * Comment-only form: tools (and the contract's examples) may write the block
 * as `<!-- wp:hcp-compliance/credentials {...} /-->` with no markup. It loads
 * as valid and gets its header on the next save.
 */
const commentOnly = {
	attributes: metadata.attributes,
	save: (): null => null,
	migrate: ( attributes: CredentialsBlockAttributes ) => attributes,
};

/** Deprecations, newest first. */
const deprecated = [ commentOnly ];

export default deprecated;
