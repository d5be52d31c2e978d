/**
 * The practice settings the blocks use (affiliation, default disclaimer),
 * handed to the editor by php/settings.php under `hcpCompliance`.
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import { useSelect } from '@wordpress/data';

/** The public subset of the site settings the plugin passes to the editor. */
export interface SiteSettings {
	affiliation?: string;
	disclaimerText?: string;
	officialContacts?: string[];
}

/**
 * Reads the practice settings; empty when the plugin's PHP did not provide them.
 *
 * The post editor keeps custom keys of `block_editor_settings_all` in its own
 * settings (`core/editor`) and passes only known keys on to the block editor,
 * so both places are read.
 *
 * @return The settings.
 */
export function useSiteSettings(): SiteSettings {
	return useSelect( ( select ) => {
		const postEditor = select( 'core/editor' ) as
			{ getEditorSettings?: () => Record< string, unknown > } | undefined;
		const fromEditor = postEditor?.getEditorSettings?.()?.hcpCompliance;
		const fromBlockEditor = (
			select( blockEditorStore ).getSettings() as Record<
				string,
				unknown
			>
		 )?.hcpCompliance;
		const settings = fromEditor ?? fromBlockEditor;
		return settings && typeof settings === 'object'
			? ( settings as SiteSettings )
			: {};
	}, [] );
}
