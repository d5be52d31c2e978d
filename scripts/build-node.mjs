console.log( 'placeholder' );
