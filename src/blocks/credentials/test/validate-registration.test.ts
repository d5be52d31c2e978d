/**
 * Format checks of registration numbers, per regulator.
 */
import { findRegulator, isValidNpiCheckDigit, REGULATORS } from '../registers';
import {
	checkRegistration,
	normaliseRegistrationNumber,
} from '../validate-registration';

describe( 'isValidNpiCheckDigit', () => {
	it.each( [ '1234567893', '1245319599', '1003000126' ] )(
		'should accept the valid NPI %s',
		( npi ) => {
			expect( isValidNpiCheckDigit( npi ) ).toBe( true );
		}
	);

	it.each( [
		'1234567890',
		'1234567894',
		'123456789',
		'12345678931',
		'abcdefghij',
	] )( 'should reject %s', ( npi ) => {
		expect( isValidNpiCheckDigit( npi ) ).toBe( false );
	} );
} );

describe( 'findRegulator', () => {
	it.each( [
		[ 'GMC', 'gmc' ],
		[ 'General Medical Council', 'gmc' ],
		[ 'GMC (UK)', 'gmc' ],
		[ 'registered with the gmc', 'gmc' ],
		[ 'NMC', 'nmc' ],
		[ 'NMC India', 'nmc-india' ],
		[ 'AHPRA', 'ahpra' ],
		[ 'Medical Board of Australia', 'ahpra' ],
		[ 'CPSO', 'cpso' ],
		[ 'Collège des médecins du Québec', 'cmq' ],
		[ 'Texas Medical Board', 'us-tx-medical' ],
		[ 'California Board of Nursing (US)', 'us-ca-nursing' ],
		[ 'Maharashtra Medical Council', 'in-mmc' ],
		[ 'NPI', 'npi' ],
		[ 'HPCSA', 'hpcsa' ],
		[ 'NMBI', 'nmbi' ],
	] )( 'should find %s as %s', ( body, id ) => {
		expect( findRegulator( body )?.id ).toBe( id );
	} );

	it( 'should find no regulator for an unknown or empty body', () => {
		expect( findRegulator( 'Royal College of Nowhere' ) ).toBeUndefined();
		expect( findRegulator( '' ) ).toBeUndefined();
		expect( findRegulator( undefined ) ).toBeUndefined();
	} );

	it( 'should give every regulator a unique id and an https register link', () => {
		const ids = REGULATORS.map( ( regulator ) => regulator.id );
		expect( new Set( ids ).size ).toBe( ids.length );
		const links = REGULATORS.map( ( regulator ) => regulator.registerUrl );
		expect(
			links.filter( ( url ) => ! url?.startsWith( 'https://' ) )
		).toEqual( [] );
	} );

	it( 'should accept each regulator’s own example number', () => {
		const checked = REGULATORS.filter( ( regulator ) => regulator.format );
		expect( checked.length ).toBe( REGULATORS.length );
		for ( const regulator of checked ) {
			expect(
				checkRegistration( regulator.format!.example, regulator.name )
					.status
			).toBe( 'valid' );
		}
	} );
} );

describe( 'checkRegistration', () => {
	it.each( [
		[ '1234567893', 'NPI' ],
		[ '1234567', 'GMC' ],
		[ '12A3456E', 'NMC' ],
		[ '12a 3456 e', 'NMC' ],
		[ '2012345', 'GPhC' ],
		[ '123456', 'GDC' ],
		[ 'PA12345', 'HCPC' ],
		[ 'MED0001234567', 'AHPRA' ],
		[ 'NMW0009876543', 'Ahpra' ],
		[ '123456', 'CPSO' ],
		[ 'MP0123456', 'HPCSA' ],
		[ 'A123456', 'California Medical Board' ],
		[ 'MMC/2001/12345', 'Maharashtra Medical Council' ],
		[ 'No. 1234567', 'GMC' ],
	] )( 'should accept %s for %s', ( number, body ) => {
		expect( checkRegistration( number, body ).status ).toBe( 'valid' );
	} );

	it.each( [
		[ '1234567890', 'NPI' ],
		[ '123456789', 'NPI' ],
		[ '123456', 'GMC' ],
		[ '12345678', 'GMC' ],
		[ 'A234567', 'GMC' ],
		[ '123A456E', 'NMC' ],
		[ '12A3456', 'NMC' ],
		[ '201234', 'GPhC' ],
		[ 'MED123456789', 'AHPRA' ],
		[ 'XYZ0001234567', 'AHPRA' ],
		[ '0001234567', 'AHPRA' ],
		[ 'ZZ12345', 'HCPC' ],
		[ '<script>', 'California Medical Board' ],
	] )( 'should reject %s for %s', ( number, body ) => {
		const check = checkRegistration( number, body );
		expect( check.status ).toBe( 'invalid' );
		expect( check.message ).not.toBe( '' );
	} );

	it( 'should explain the expected format with an example', () => {
		expect( checkRegistration( '12345', 'GMC' ).message ).toBe(
			'General Medical Council (GMC, UK) numbers are 7 digits, for example 1234567.'
		);
	} );

	it( 'should say the check digit is wrong for an NPI of the right length', () => {
		expect( checkRegistration( '1234567890', 'NPI' ).message ).toMatch(
			/check digit/
		);
	} );

	it( 'should stay quiet while the number is empty', () => {
		expect( checkRegistration( '', 'GMC' ) ).toMatchObject( {
			status: 'empty',
			message: '',
		} );
	} );

	it( 'should not judge numbers of an unknown body', () => {
		expect( checkRegistration( '42', 'Some Board' ).status ).toBe(
			'unchecked'
		);
	} );

	it( 'should link to the register, and to the registrant’s page for an NPI', () => {
		expect( checkRegistration( '', 'GMC' ).registerUrl ).toMatch(
			/gmc-uk\.org/
		);
		expect( checkRegistration( '1234567893', 'NPI' ).registerUrl ).toBe(
			'https://npiregistry.cms.hhs.gov/provider-view/1234567893'
		);
	} );

	it( 'should normalise spaces, case and a "No." prefix', () => {
		expect( normaliseRegistrationNumber( ' no. 12a 3456 e ' ) ).toBe(
			'12A3456E'
		);
	} );
} );
