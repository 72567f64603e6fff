/**
 * Runs before every test file, in its worker (files of one worker share imported modules: see vitest.config.ts): the
 * temp folders a file makes are removed after its last test.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);
