import { verdictRaceTests } from '../support/verdict-races';

verdictRaceTests();
