/**
 * A validation pass before any request: the router runs every item's operation once on a marked context, and
 * the transport answers the first request of a marked context with `ValidationPassed` instead of sending.
 * Operations validate before their first request, so an item that gets there is valid, and a bad row anywhere
 * in the input stops the node before row 0 is sent.
 */
import { NodeOperationError, type IExecuteFunctions, type ILoadOptionsFunctions, type INode, type IPollFunctions } from 'n8n-workflow';

const VALIDATION_PASS = Symbol('pandaPonValidationPass');

/** Not a failure: the signal that an item got as far as its first request during the validation pass. */
export class ValidationPassed extends NodeOperationError {
	constructor(node: INode) {
		super(node, 'Input is valid (validation pass; nothing was sent)');
		this.name = 'ValidationPassed';
	}
}

/** The same context, marked so that the transport sends nothing. */
export function validationOnlyContext(context: IExecuteFunctions): IExecuteFunctions {
	const dryContext = Object.create(context) as IExecuteFunctions;
	Object.defineProperty(dryContext, VALIDATION_PASS, { value: true });
	return dryContext;
}

export function isValidationPass(context: IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions): boolean {
	return (context as unknown as Record<symbol, unknown>)[VALIDATION_PASS] === true;
}
