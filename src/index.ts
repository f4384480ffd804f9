/**
 * The GitHub Action's entry point (dist/index.js).
 */
import { runAction } from './action/main.js'

void runAction()
