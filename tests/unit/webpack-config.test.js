/**
 * The build must produce the editor, settings and worker bundles besides the blocks.
 */
const configs = require( '../../webpack.config' );

describe( 'webpack config', () => {
	it( 'should build the editor and settings entries beside the blocks', async () => {
		// A fixed default entry keeps the test independent of which blocks exist yet.
		process.env.WP_ENTRY = JSON.stringify( { 'blocks/example': './x.js' } );
		const entry = await configs[ 0 ].entry();
		delete process.env.WP_ENTRY;
		expect( Object.keys( entry ) ).toEqual(
			expect.arrayContaining( [ 'blocks/example', 'editor', 'settings' ] )
		);
	} );

	it( 'should bundle the analyzer worker without WordPress globals', () => {
		const worker = configs.find(
			( config ) => config.name === 'analyzer-worker'
		);
		expect( Object.keys( worker.entry ) ).toEqual( [ 'analyzer-worker' ] );
		expect(
			worker.plugins.map( ( plugin ) => plugin.constructor.name )
		).not.toContain( 'DependencyExtractionWebpackPlugin' );
		expect( worker.output.clean ).toBe( false );
	} );
} );
