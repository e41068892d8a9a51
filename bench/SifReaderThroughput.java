import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.sifregistry.sif.SifImage;
import org.sifregistry.sif.SifLimits;
import org.sifregistry.sif.SifReader;

/**
 * Reads every SIF in a directory with the registry's header reader, several rounds, and prints images per second:
 * the parser's throughput, apart from the database and the job runtime. Run by bench/sif-reader-throughput.sh.
 */
public class SifReaderThroughput {

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> images;
        try (Stream<Path> files = Files.list(directory)) {
            images = files.filter(f -> f.toString().endsWith(".sif")).sorted().toList();
        }
        SifReader reader = new SifReader(SifLimits.DEFAULTS);
        double[] perSecond = new double[rounds];
        long labels = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (Path image : images) {
                SifImage read = reader.read(image);
                labels += read.labels().size();
            }
            perSecond[round] = images.size() / ((System.nanoTime() - start) / 1e9);
            System.out.printf("round %d: %d images in %.1f ms, %.0f images/s%n", round + 1, images.size(),
                    images.size() / perSecond[round] * 1000, perSecond[round]);
        }
        Arrays.sort(perSecond);
        System.out.printf("SIF reader: best %.0f images/s, median %.0f images/s (%d images, %d labels read)%n",
                perSecond[rounds - 1], perSecond[rounds / 2], images.size(), labels);
    }
}
