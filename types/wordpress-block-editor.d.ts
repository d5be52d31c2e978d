/**
 * Minimal types for `@wordpress/block-editor`, which ships no type declarations
 * at the version the project uses. Only what the plugin calls is declared;
 * extend it (don't redeclare the module) when you use more.
 */
declare module '@wordpress/block-editor' {
	import type { ComponentType, ReactNode } from 'react';
	import type { ReduxStoreConfig, StoreDescriptor } from '@wordpress/data';

	/** The block editor's data store (`core/block-editor`); selectors and actions untyped. */
	export const store: StoreDescriptor<
		ReduxStoreConfig< any, Record< string, any >, Record< string, any > >
	>;

	/**
	 * Props for the block wrapper in `edit`.
	 * @param props
	 */
	export function useBlockProps(
		props?: Record< string, unknown >
	): Record< string, unknown >;
	export namespace useBlockProps {
		/**
		 * Props for the block wrapper in `save`.
		 * @param props
		 */
		function save(
			props?: Record< string, unknown >
		): Record< string, unknown >;
	}

	export const InspectorControls: ComponentType< {
		children?: ReactNode;
		group?: string;
	} >;
	export const BlockControls: ComponentType< {
		children?: ReactNode;
		group?: string;
	} >;

	/** Props of the rich text field (the subset the plugin uses). */
	export interface RichTextProps {
		tagName?: string;
		value?: string;
		onChange?: ( value: string ) => void;
		placeholder?: string;
		identifier?: string;
		allowedFormats?: string[];
		className?: string;
		'aria-label'?: string;
		[ key: string ]: unknown;
	}
	export const RichText: ComponentType< RichTextProps > & {
		Content: ComponentType< {
			tagName?: string;
			value?: string;
			className?: string;
			[ key: string ]: unknown;
		} >;
	};
}
