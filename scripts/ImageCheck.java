import java.awt.image.BufferedImage;
import java.io.File;
import java.util.BitSet;
import javax.imageio.ImageIO;

/**
 * {@code java scripts/ImageCheck.java MIN FILE...}: fails (status 1) if any image has fewer than MIN
 * distinct colours, i.e. is blank or nearly so. Run as a single-file source program (JDK 11+).
 */
public class ImageCheck {
    public static void main(String[] args) throws Exception {
        int min = Integer.parseInt(args[0]);
        boolean ok = true;
        for (int i = 1; i < args.length; i++) {
            BufferedImage image = ImageIO.read(new File(args[i]));
            BitSet seen = new BitSet(1 << 24);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    seen.set(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
            int colours = seen.cardinality();
            boolean good = colours >= min;
            ok &= good;
            System.out.println((good ? "ok     " : "BLANK  ") + args[i] + ": " + image.getWidth() + "x" + image.getHeight()
                    + ", " + colours + " colours");
        }
        System.exit(ok ? 0 : 1);
    }
}
