/**
 * Webpack configuration: @wordpress/scripts' defaults (which discover the blocks
 * through their block.json files under src/blocks/*), plus the plugin's own
 * entries, and a separate bundle for the analyzer web worker.
 */
const path = require( 'path' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

/**
 * Entries that are not blocks; wp-scripts skips a plain src/index entry as soon
 * as any block.json exists, so they are listed here.
 */
const extraEntries = {
	editor: path.resolve( __dirname, 'src/editor.tsx' ),
	settings: path.resolve( __dirname, 'src/settings/index.tsx' ),
};

/**
 * Adds the extra entries to the default entry, which wp-scripts gives as a
 * function so that new block.json files are picked up in watch mode.
 *
 * @param {Function|Object} entry The default config's entry.
 * @return {Function} The combined entry.
 */
function withExtraEntries( entry ) {
	return async () => {
		const defaults = typeof entry === 'function' ? await entry() : entry;
		return { ...defaults, ...extraEntries };
	};
}

const configs = Array.isArray( defaultConfig )
	? defaultConfig
	: [ defaultConfig ];
const [ scriptConfig, ...otherConfigs ] = configs;

const mainConfig = {
	...scriptConfig,
	name: 'main',
	entry: withExtraEntries( scriptConfig.entry ),
	output: {
		...scriptConfig.output,
		// build/lib holds the Node build of the engine and CLI (scripts/build-node.mjs).
		...( scriptConfig.output.clean && {
			clean: { keep: /^(fonts|images|lib)\// },
		} ),
	},
};

/*
 * A worker has no `wp` global, so its dependencies (the engine and
 * @wordpress/i18n) are bundled instead of externalised; it also must not wipe
 * the main compilation's output. Translations reach it by message
 * (`setLocaleData`) from the editor script.
 */
const workerConfig = {
	...scriptConfig,
	name: 'analyzer-worker',
	// Runs after the main compilation, whose clean step would delete its output.
	dependencies: [ 'main' ],
	entry: {
		'analyzer-worker': path.resolve(
			__dirname,
			'src/worker/analyzer-worker.ts'
		),
	},
	target: 'webworker',
	output: {
		...scriptConfig.output,
		clean: false,
	},
	plugins: scriptConfig.plugins.filter(
		( plugin ) =>
			! [
				'DependencyExtractionWebpackPlugin',
				'CopyPlugin',
				'PhpFilePathsPlugin',
				'RtlCssPlugin',
				'ReactRefreshPlugin',
			].includes( plugin.constructor.name )
	),
	devServer: undefined,
	// The engine with its word lists is expected to be large; it loads off the main thread.
	performance: { maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 },
	optimization: {
		...scriptConfig.optimization,
		runtimeChunk: false,
		splitChunks: false,
	},
};

module.exports = [ mainConfig, workerConfig, ...otherConfigs ];
