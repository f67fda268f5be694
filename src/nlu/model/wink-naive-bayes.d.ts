/** The part of wink-naive-bayes-text-classifier (CommonJS, untyped) the intent model uses. */
declare module 'wink-naive-bayes-text-classifier' {
  export interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    definePrepTasks(tasks: ((input: unknown) => unknown)[]): number;
    learn(tokens: string[], label: string): boolean;
    consolidate(): boolean;
    /** [label, log2 odds of the label against all others], best first; [['unknown', 0]] when no token is known. */
    computeOdds(tokens: string[]): [string, number][];
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
  export default naiveBayesTextClassifier;
}
