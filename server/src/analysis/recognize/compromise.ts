/**
 * compromise, behind a module of its own so that numberWords.ts can require it when first needed:
 * bundled, this module and compromise (its ES module build, which a static import selects) are
 * evaluated only then.
 */
import nlp from 'compromise';

export default nlp;
