/**
 * A CoreNLP annotator for the local server: depparse building only the basic dependencies. CoreNLP's
 * own depparse turns every parse into four more graphs (collapsed, cc-processed, enhanced,
 * enhanced++) that the client never reads; without them the answers are the same and the parse takes
 * a quarter less CPU (README "Extraction speed"). Compiled once per source version, against the
 * CoreNLP jars, with the runtime's own compiler module, as loopback.ts compiles its provider; the
 * client asks for it (`basicDepparse`) only of a server this project started with it on its class path.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLASS_FILE = 'provenance/BasicDepparseAnnotator.class';

const SOURCE = `package provenance;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.*;

/** CoreNLP's depparse, building only the basic dependencies (see basic-depparse.ts). */
public class BasicDepparseAnnotator extends SentenceAnnotator {
  private final DependencyParser parser;
  private final int nThreads;

  public BasicDepparseAnnotator(String name, Properties props) {
    String model = props.getProperty(name + ".model", DependencyParser.DEFAULT_MODEL);
    parser = DependencyParser.loadFromModelFile(model, PropertiesUtils.extractPrefixedProperties(props, name + "."));
    nThreads = PropertiesUtils.getInt(props, name + ".nthreads", 1);
  }

  @Override protected int nThreads() { return nThreads; }
  @Override protected long maxTime() { return -1; }

  @Override protected void doOneSentence(Annotation annotation, CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
  }

  @Override protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {}

  @Override public Set<Class<? extends CoreAnnotation>> requires() {
    return new HashSet<>(Arrays.asList(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class));
  }

  @Override public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.singleton(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }
}
`;

/** The class folder to prepend to the server's class path, or undefined (with a warning) when it cannot be compiled. */
export async function ensureBasicDepparse(
  versionDir: string,
  libDir: string,
  java: string,
  log: (msg: string) => void,
): Promise<string | undefined> {
  const classDir = join(versionDir, `basicdep-${createHash('sha256').update(SOURCE).digest('hex').slice(0, 12)}`);
  if (existsSync(join(classDir, CLASS_FILE))) return classDir;
  const sourceDir = `${classDir}.src`;
  mkdirSync(sourceDir, { recursive: true });
  const sourceFile = join(sourceDir, 'BasicDepparseAnnotator.java');
  writeFileSync(sourceFile, SOURCE);
  try {
    // javac run as a module expands no `lib/*` wildcard: the jars one by one.
    const classPath = readdirSync(libDir)
      .filter((f) => f.endsWith('.jar'))
      .map((f) => join(libDir, f))
      .join(':');
    await run(java, ['-m', 'jdk.compiler/com.sun.tools.javac.Main', '-cp', classPath, '-d', classDir, sourceFile]);
    return classDir;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    log(
      `WARNING: could not compile the basic-dependencies annotator (${(e.stderr || e.message).trim().split('\n')[0]}); CoreNLP's own depparse is used.`,
    );
    rmSync(classDir, { recursive: true, force: true });
    return undefined;
  } finally {
    rmSync(sourceDir, { recursive: true, force: true });
  }
}
