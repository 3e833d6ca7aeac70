package provenance;

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

/**
 * CoreNLP's depparse without the four graphs it builds besides the basic one (collapsed, cc-processed,
 * enhanced, enhanced++), which the project's client never reads: the same basic dependencies, a quarter
 * less CPU (README "Extraction speed"). Used by `bench:extract --configs basic-deps` on a server started
 * with it on its class path:
 *   javac -cp '.corenlp/4.5.10/lib/*' -d /tmp/basicdep bench/corenlp/BasicDepparseAnnotator.java
 *   java -Xmx5g -cp "/tmp/basicdep:.corenlp/4.5.10/lib/*" edu.stanford.nlp.pipeline.StanfordCoreNLPServer -port 9012 -threads 2 -quiet
 */
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
