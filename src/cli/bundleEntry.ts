/** The bundle's entry (webpack.cli.config.js): the command line, run on the process's arguments. */
import { runMain } from './main';

runMain();
