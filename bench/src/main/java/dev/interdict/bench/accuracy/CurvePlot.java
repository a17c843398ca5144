package dev.interdict.bench.accuracy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Draws recall against false-positive rate (log scale) with Java2D. */
final class CurvePlot {

    private static final int W = 900;
    private static final int H = 560;
    private static final int L = 80;
    private static final int R = 30;
    private static final int T = 50;
    private static final int B = 70;
    private static final double X_MIN = -4; // 0.01 %
    private static final double X_MAX = 0;  // 100 %
    private static final double Y_MIN = 0.80;

    private CurvePlot() {
    }

    /**
     * @param curve   rows {threshold, recall, fp, ...} of Interdict
     * @param jwCurve rows {threshold, recall, fp} of the Jaro-Winkler reference, or null
     */
    static void draw(Path png, double[][] curve, double[][] jwCurve, double threshold, double recall, double fp)
            throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        // grid and axes
        g.setColor(new Color(225, 225, 225));
        for (int e = (int) X_MIN; e <= X_MAX; e++) {
            int x = x(Math.pow(10, e));
            g.drawLine(x, T, x, H - B);
        }
        for (int i = 0; i <= 10; i++) {
            int y = y(Y_MIN + i * (1 - Y_MIN) / 10);
            g.drawLine(L, y, W - R, y);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(L, T, W - L - R, H - T - B);
        for (int e = (int) X_MIN; e <= X_MAX; e++) {
            double v = Math.pow(10, e) * 100;
            String s = v < 1 ? String.format(Locale.ROOT, "%s%%", trim(v)) : String.format(Locale.ROOT, "%.0f%%", v);
            g.drawString(s, x(Math.pow(10, e)) - 15, H - B + 18);
        }
        for (int i = 0; i <= 10; i += 2) {
            double v = Y_MIN + i * (1 - Y_MIN) / 10;
            g.drawString(String.format(Locale.ROOT, "%.0f%%", v * 100), L - 45, y(v) + 4);
        }
        g.drawString("false-positive rate on negatives_us_synthetic.csv (log scale; 0 drawn at the left edge)",
                L + 120, H - 25);
        g.rotate(-Math.PI / 2);
        g.drawString("recall on held-back variants", -(T + (H - T - B) / 2 + 80), 25);
        g.rotate(Math.PI / 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Recall vs false-positive rate over thresholds", L, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        // curves
        line(g, curve, new Color(20, 90, 200));
        if (jwCurve != null) {
            line(g, jwCurve, new Color(220, 110, 20));
        }
        // default point
        g.setColor(new Color(200, 20, 40));
        int px = x(fp);
        int py = y(recall);
        g.fillOval(px - 6, py - 6, 12, 12);
        g.drawString(String.format(Locale.ROOT, "default threshold %.2f: recall %.2f%%, FP %.3f%%", threshold,
                recall * 100, fp * 100), Math.min(px + 10, W - 330), py + 20);
        // legend
        g.setColor(new Color(20, 90, 200));
        g.fillRect(W - R - 260, H - B - 50, 20, 4);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Interdict (thresholds 0.50-1.00)", W - R - 232, H - B - 44);
        if (jwCurve != null) {
            g.setColor(new Color(220, 110, 20));
            g.fillRect(W - R - 260, H - B - 30, 20, 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString("brute-force Jaro-Winkler (0.70-1.00)", W - R - 232, H - B - 24);
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static void line(Graphics2D g, double[][] c, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.2f));
        Path2D.Double path = new Path2D.Double();
        boolean first = true;
        for (double[] row : c) {
            double xx = x(row[2]);
            double yy = y(Math.max(Y_MIN, row[1]));
            if (first) {
                path.moveTo(xx, yy);
                first = false;
            } else {
                path.lineTo(xx, yy);
            }
        }
        g.draw(path);
        g.setStroke(new BasicStroke(1f));
    }

    private static int x(double fp) {
        double l = fp <= 0 ? X_MIN : Math.max(X_MIN, Math.log10(fp));
        return (int) Math.round(L + (l - X_MIN) / (X_MAX - X_MIN) * (W - L - R));
    }

    private static int y(double recall) {
        return (int) Math.round(H - B - (recall - Y_MIN) / (1 - Y_MIN) * (H - T - B));
    }
}
