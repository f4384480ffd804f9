'use strict';

var require$$0 = require('node:url');
var require$$1 = require('node:os');

var symbols = {};

var hasRequiredSymbols;

function requireSymbols () {
	if (hasRequiredSymbols) return symbols;
	hasRequiredSymbols = 1;
	Object.defineProperty(symbols, "__esModule", { value: true });
	symbols.kFieldCount = symbols.kResponseCountField = symbols.kRequestCountField = symbols.kQueueOptions = symbols.kValue = symbols.kTransferable = symbols.kWorkerData = symbols.kMovable = void 0;
	// Internal symbol used to mark Transferable objects returned
	// by the Piscina.move() function
	symbols.kMovable = Symbol('Piscina.kMovable');
	symbols.kWorkerData = Symbol('Piscina.kWorkerData');
	symbols.kTransferable = Symbol.for('Piscina.transferable');
	symbols.kValue = Symbol.for('Piscina.valueOf');
	symbols.kQueueOptions = Symbol.for('Piscina.queueOptions');
	symbols.kRequestCountField = 0;
	symbols.kResponseCountField = 1;
	symbols.kFieldCount = 2;
	
	return symbols;
}

var common = {};

var hasRequiredCommon;

function requireCommon () {
	if (hasRequiredCommon) return common;
	hasRequiredCommon = 1;
	Object.defineProperty(common, "__esModule", { value: true });
	common.commonState = common.READY = void 0;
	common.isTransferable = isTransferable;
	common.isMovable = isMovable;
	common.markMovable = markMovable;
	common.maybeFileURLToPath = maybeFileURLToPath;
	common.getAvailableParallelism = getAvailableParallelism;
	common.withNullPrototype = withNullPrototype;
	common.promiseResolvers = promiseResolvers;
	const node_url_1 = require$$0;
	const node_os_1 = require$$1;
	const symbols_1 = requireSymbols();
	// States wether the worker is ready to receive tasks
	common.READY = '_WORKER_READY';
	/**
	 * True if the object implements the Transferable interface
	 *
	 * @export
	 * @param {unknown} value
	 * @return {*}  {boolean}
	 */
	function isTransferable(value) {
	    return (value != null &&
	        typeof value === 'object' &&
	        symbols_1.kTransferable in value &&
	        symbols_1.kValue in value);
	}
	/**
	 * True if object implements Transferable and has been returned
	 * by the Piscina.move() function
	 *
	 * TODO: narrow down the type of value
	 * @export
	 * @param {(unknown & PiscinaMovable)} value
	 * @return {*}  {boolean}
	 */
	function isMovable(value) {
	    return isTransferable(value) && value[symbols_1.kMovable] === true;
	}
	function markMovable(value) {
	    Object.defineProperty(value, symbols_1.kMovable, {
	        enumerable: false,
	        configurable: true,
	        writable: true,
	        value: true
	    });
	}
	// State of Piscina pool
	common.commonState = {
	    isWorkerThread: false,
	    workerData: undefined
	};
	function maybeFileURLToPath(filename) {
	    return filename.startsWith('file:')
	        ? (0, node_url_1.fileURLToPath)(new node_url_1.URL(filename))
	        : filename;
	}
	function getAvailableParallelism() {
	    return (0, node_os_1.availableParallelism)();
	}
	// Copy own properties onto a prototype-less object, so that options are never
	// resolved through a polluted prototype chain.
	function withNullPrototype(source, overrides) {
	    return Object.assign(Object.create(null), source, overrides);
	}
	function promiseResolvers() {
	    // @ts-expect-error - available from v24 onwards
	    if (Promise.withResolvers != null)
	        return Promise.withResolvers();
	    let res;
	    let rej;
	    return {
	        promise: new Promise((resolve, reject) => { res = resolve; rej = reject; }),
	        resolve: res,
	        reject: rej
	    };
	}
	
	return common;
}

exports.requireCommon = requireCommon;
exports.requireSymbols = requireSymbols;
