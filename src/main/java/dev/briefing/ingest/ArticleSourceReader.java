package dev.briefing.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The ingest step's reader: every article in every input file under the input folder, file by
 * file in path order. A file or record that cannot become an article is thrown as a
 * {@link SkippedInputException} after the reader has moved past it, so the step's skip policy
 * records it and reading goes on. Its position (the next file's name and the record in it) is
 * saved with every chunk, so a restarted run continues where the failed one stopped, even if
 * files were added to or removed from the folder in between.
 */
public class ArticleSourceReader implements ItemStreamReader<SourceDocument> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleSourceReader.class);
    static final String NEXT_FILE = "ingest.next.file";
    static final String RECORD_INDEX = "ingest.record.index";
    public static final String FILE_COUNT = "ingest.files.total";
    /** Sorts after every relative path: the whole folder has been read. */
    private static final String END_OF_INPUT = "\uFFFF";

    private final Path inputFolder;
    private final String collection;
    private final InputScanner scanner;
    private final InputReader inputReader;
    private final ProgressListener progress;

    private List<InputFile> files = List.of();
    private Catalogue catalogue = Catalogue.EMPTY;
    private int fileIndex;
    private int recordIndex;
    private int inputsEmitted;
    private final Deque<ReadResult> pending = new ArrayDeque<>();

    /** Told how far reading has got, for progress display. */
    public interface ProgressListener {
        void filesRead(int done, int total, String current);
    }

    public ArticleSourceReader(Path inputFolder, String collection, InputScanner scanner, InputReader inputReader,
            ProgressListener progress) {
        this.inputFolder = inputFolder;
        this.collection = collection;
        this.scanner = scanner;
        this.inputReader = inputReader;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        files = scanner.scan(inputFolder);
        catalogue = Catalogue.load(inputFolder);
        fileIndex = 0;
        recordIndex = 0;
        if (context.containsKey(NEXT_FILE)) {
            String next = context.getString(NEXT_FILE);
            while (fileIndex < files.size() && files.get(fileIndex).relativePath().compareTo(next) < 0) {
                fileIndex++;
            }
            boolean sameFile = fileIndex < files.size() && files.get(fileIndex).relativePath().equals(next);
            recordIndex = sameFile ? context.getInt(RECORD_INDEX, 0) : 0;
            LOG.info("ingest: resuming at {} (file {} of {}), record {}", next, fileIndex + 1, files.size(), recordIndex + 1);
        }
    }

    /** How many input files the folder holds (known once the reader is open). */
    public int inputFileCount() {
        return files.size();
    }

    /**
     * How many inputs there are at least: the files, or, once files holding many records have been
     * read, the articles and rejected records met so far in this execution.
     */
    public int inputsKnown() {
        return Math.max(files.size(), inputsEmitted);
    }

    @Override
    public SourceDocument read() {
        while (pending.isEmpty()) {
            if (fileIndex >= files.size()) {
                return null;
            }
            InputFile file = files.get(fileIndex);
            List<ReadResult> results = inputReader.read(file, collection, catalogue);
            pending.addAll(results.subList(Math.min(recordIndex, results.size()), results.size()));
            if (pending.isEmpty()) {
                advanceFile();
            }
        }
        ReadResult next = pending.poll();
        recordIndex++;
        inputsEmitted++;
        if (pending.isEmpty()) {
            advanceFile();
        }
        if (next instanceof ReadResult.Rejected rejected) {
            throw new SkippedInputException(rejected.source(), rejected.reason());
        }
        return ((ReadResult.Read) next).document();
    }

    private void advanceFile() {
        fileIndex++;
        recordIndex = 0;
        progress.filesRead(fileIndex, files.size(), fileIndex <= files.size() ? files.get(fileIndex - 1).relativePath() : "");
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(NEXT_FILE, fileIndex < files.size() ? files.get(fileIndex).relativePath() : END_OF_INPUT);
        context.putInt(RECORD_INDEX, recordIndex);
        context.putInt(FILE_COUNT, files.size());
    }
}
