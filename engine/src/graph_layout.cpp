// Sugiyama-style layered layout: (1) break cycles by reversing the back edges of a depth-first walk
// from the start; (2) longest-path layers; (3) dummy vertices on edges that span layers; (4)
// barycentre sweeps with adjacent swaps, keeping the order with the fewest crossings; (5) positions
// across the layers by isotonic regression towards the neighbours' mean, with every footprint
// (mark plus label) apart; (6) edge paths that leave and enter the layers beside the marks.
#include "lure/graph_layout.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace lure {

namespace {

struct Slot {
    int vertex = -1;   // -1 for a dummy on a long edge
    float across = 0;  // footprint extent across the layer (before the gap)
    float along = 0;   // footprint extent along the layering direction
};

// The layered graph: slots by layer, and unit edges (between adjacent layers) by slot id.
struct Layered {
    std::vector<Slot> slots;
    std::vector<std::vector<int>> order;  // by layer: slot ids, in order
    std::vector<int> slot_layer;
    std::vector<std::vector<int>> up, down;  // by slot: neighbours in the layer above / below
    std::vector<std::vector<int>> chains;    // by graph edge: its slots from source to target
};

// Crossings between two adjacent layers for the current order: inversions among their edges.
int layer_crossings(const Layered& l, const std::vector<int>& position, int layer) {
    std::vector<std::pair<int, int>> edges;
    for (int s : l.order[static_cast<std::size_t>(layer)])
        for (int t : l.down[static_cast<std::size_t>(s)])
            edges.emplace_back(position[static_cast<std::size_t>(s)], position[static_cast<std::size_t>(t)]);
    int crossings = 0;
    for (std::size_t a = 0; a < edges.size(); ++a)
        for (std::size_t b = a + 1; b < edges.size(); ++b)
            crossings += (edges[a].first - edges[b].first) * (edges[a].second - edges[b].second) < 0;
    return crossings;
}

int total_crossings(const Layered& l, const std::vector<int>& position) {
    int sum = 0;
    for (int layer = 0; layer + 1 < static_cast<int>(l.order.size()); ++layer)
        sum += layer_crossings(l, position, layer);
    return sum;
}

void number(const Layered& l, std::vector<int>& position) {
    for (const auto& layer : l.order)
        for (std::size_t k = 0; k < layer.size(); ++k)
            position[static_cast<std::size_t>(layer[k])] = static_cast<int>(k);
}

// Orders one layer by the mean position of each slot's neighbours (`up` or `down`); a slot
// without neighbours there keeps its place.
void barycentre(Layered& l, const std::vector<int>& position, int layer, bool use_up) {
    auto& members = l.order[static_cast<std::size_t>(layer)];
    std::vector<std::pair<float, int>> keyed;
    for (int s : members) {
        const auto& n = use_up ? l.up[static_cast<std::size_t>(s)] : l.down[static_cast<std::size_t>(s)];
        float key = static_cast<float>(position[static_cast<std::size_t>(s)]);
        if (!n.empty()) {
            float sum = 0;
            for (int t : n) sum += static_cast<float>(position[static_cast<std::size_t>(t)]);
            key = sum / static_cast<float>(n.size());
        }
        keyed.emplace_back(key, s);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 0; k < keyed.size(); ++k) members[k] = keyed[k].second;
}

// Swaps neighbours in a layer while that lowers the crossings with both adjacent layers.
void transpose(Layered& l, std::vector<int>& position, int layer) {
    auto& members = l.order[static_cast<std::size_t>(layer)];
    auto around = [&] {
        int c = 0;
        if (layer > 0) c += layer_crossings(l, position, layer - 1);
        if (layer + 1 < static_cast<int>(l.order.size())) c += layer_crossings(l, position, layer);
        return c;
    };
    for (bool improved = true; improved;) {
        improved = false;
        for (std::size_t k = 0; k + 1 < members.size(); ++k) {
            const int before = around();
            std::swap(members[k], members[k + 1]);
            std::swap(position[static_cast<std::size_t>(members[k])],
                      position[static_cast<std::size_t>(members[k + 1])]);
            if (around() < before) {
                improved = true;
            } else {
                std::swap(members[k], members[k + 1]);
                std::swap(position[static_cast<std::size_t>(members[k])],
                          position[static_cast<std::size_t>(members[k + 1])]);
            }
        }
    }
}

// Closest positions to `want` (least squares) that keep the order and the separations: isotonic
// regression by pooling adjacent violators, on `want` minus each slot's cumulative separation.
std::vector<float> place(const std::vector<float>& want, const std::vector<float>& separation) {
    const std::size_t n = want.size();
    std::vector<float> offset(n, 0.f), q(n);
    for (std::size_t k = 1; k < n; ++k) offset[k] = offset[k - 1] + separation[k - 1];
    for (std::size_t k = 0; k < n; ++k) q[k] = want[k] - offset[k];
    struct Block {
        float sum;
        int count;
    };
    std::vector<Block> blocks;
    for (std::size_t k = 0; k < n; ++k) {
        blocks.push_back({q[k], 1});
        while (blocks.size() > 1) {
            const Block& last = blocks.back();
            const Block& prev = blocks[blocks.size() - 2];
            if (prev.sum / static_cast<float>(prev.count) <= last.sum / static_cast<float>(last.count)) break;
            Block merged{prev.sum + last.sum, prev.count + last.count};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    std::vector<float> out;
    for (const Block& b : blocks)
        for (int k = 0; k < b.count; ++k) out.push_back(b.sum / static_cast<float>(b.count));
    for (std::size_t k = 0; k < n; ++k) out[k] += offset[k];
    return out;
}

bool segments_cross(LayoutPoint a, LayoutPoint b, LayoutPoint c, LayoutPoint d) {
    auto side = [](LayoutPoint p, LayoutPoint q, LayoutPoint r) {
        const float v = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
        return v > 1e-3f ? 1 : v < -1e-3f ? -1 : 0;
    };
    const int s1 = side(a, b, c), s2 = side(a, b, d), s3 = side(c, d, a), s4 = side(c, d, b);
    return s1 * s2 < 0 && s3 * s4 < 0;
}

}  // namespace

int count_crossings(const std::vector<std::vector<LayoutPoint>>& paths) {
    int n = 0;
    for (std::size_t p = 0; p < paths.size(); ++p)
        for (std::size_t q = p + 1; q < paths.size(); ++q)
            for (std::size_t i = 0; i + 1 < paths[p].size(); ++i)
                for (std::size_t j = 0; j + 1 < paths[q].size(); ++j)
                    n += segments_cross(paths[p][i], paths[p][i + 1], paths[q][j], paths[q][j + 1]);
    return n;
}

bool boxes_overlap(const LayoutBox& a, const LayoutBox& b) {
    if (a.w <= 0 || a.h <= 0 || b.w <= 0 || b.h <= 0) return false;
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

LaidOutGraph layout_layered(const Graph& g, const std::vector<LayoutPoint>& label_sizes, const LayoutSettings& s) {
    LaidOutGraph out;
    const int n = static_cast<int>(g.vertices.size());
    if (n == 0) return out;
    const auto at = [](auto& v, int i) -> decltype(v[0]) { return v[static_cast<std::size_t>(i)]; };

    // (1) Back edges of a depth-first walk from the start (then from any vertex not yet seen).
    std::vector<std::vector<int>> out_edges(static_cast<std::size_t>(n));
    for (std::size_t e = 0; e < g.edges.size(); ++e)
        if (g.edges[e].from >= 0 && g.edges[e].to >= 0 && g.edges[e].from != g.edges[e].to)
            at(out_edges, g.edges[e].from).push_back(static_cast<int>(e));
    std::vector<int> state(static_cast<std::size_t>(n), 0), dfs_order;
    std::vector<bool> reversed(g.edges.size(), false);
    std::vector<int> roots;
    for (int v = 0; v < n; ++v)
        if (g.vertices[static_cast<std::size_t>(v)].is_start) roots.push_back(v);
    for (int v = 0; v < n; ++v) roots.push_back(v);
    for (int root : roots) {
        if (at(state, root) != 0) continue;
        std::vector<std::pair<int, std::size_t>> stack{{root, 0}};
        at(state, root) = 1;
        dfs_order.push_back(root);
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next == at(out_edges, v).size()) {
                at(state, v) = 2;
                stack.pop_back();
                continue;
            }
            const int e = at(out_edges, v)[next++];
            const int w = g.edges[static_cast<std::size_t>(e)].to;
            if (at(state, w) == 1) reversed[static_cast<std::size_t>(e)] = true;
            else if (at(state, w) == 0) {
                at(state, w) = 1;
                dfs_order.push_back(w);
                stack.push_back({w, 0});
            }
        }
    }

    // (2) Longest-path layers on the acyclic graph, in topological order.
    std::vector<std::vector<int>> succ(static_cast<std::size_t>(n));
    std::vector<int> indegree(static_cast<std::size_t>(n), 0);
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const GraphEdge& edge = g.edges[e];
        if (edge.from < 0 || edge.to < 0 || edge.from == edge.to) continue;
        const int a = reversed[e] ? edge.to : edge.from, b = reversed[e] ? edge.from : edge.to;
        at(succ, a).push_back(b);
        ++at(indegree, b);
    }
    out.layer.assign(static_cast<std::size_t>(n), 0);
    std::vector<int> ready;
    for (int v = n - 1; v >= 0; --v)
        if (at(indegree, v) == 0) ready.push_back(v);
    while (!ready.empty()) {
        const int v = ready.back();
        ready.pop_back();
        for (int w : at(succ, v)) {
            at(out.layer, w) = std::max(at(out.layer, w), at(out.layer, v) + 1);
            if (--at(indegree, w) == 0) ready.push_back(w);
        }
    }
    out.layers = 1 + *std::max_element(out.layer.begin(), out.layer.end());

    // (3) Slots: one per vertex, in depth-first order, and dummies along long edges.
    Layered l;
    l.order.resize(static_cast<std::size_t>(out.layers));
    const float mark = s.node_size;
    std::vector<int> slot_of(static_cast<std::size_t>(n));
    for (int v : dfs_order) {
        const LayoutPoint label = v < static_cast<int>(label_sizes.size()) ? at(label_sizes, v) : LayoutPoint{};
        const float gap = label.x > 0 && label.y > 0 ? s.label_gap : 0.f;
        Slot slot{v, 0, 0};
        if (s.vertical) {  // label to the right of the mark
            slot.across = mark + gap + label.x;
            slot.along = std::max(mark, label.y);
        } else {  // label under the mark
            slot.across = mark + gap + label.y;
            slot.along = std::max(mark, label.x);
        }
        at(slot_of, v) = static_cast<int>(l.slots.size());
        l.slots.push_back(slot);
        l.slot_layer.push_back(at(out.layer, v));
        at(l.order, at(out.layer, v)).push_back(at(slot_of, v));
    }
    l.up.resize(l.slots.size());
    l.down.resize(l.slots.size());
    l.chains.resize(g.edges.size());
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const GraphEdge& edge = g.edges[e];
        if (edge.from < 0 || edge.to < 0 || edge.from == edge.to) continue;
        int a = at(slot_of, edge.from), b = at(slot_of, edge.to);
        if (reversed[e]) std::swap(a, b);
        std::vector<int> chain{a};
        for (int layer = at(l.slot_layer, a) + 1; layer < at(l.slot_layer, b); ++layer) {
            const int d = static_cast<int>(l.slots.size());
            l.slots.push_back({-1, s.node_gap * 0.5f, 0});
            l.slot_layer.push_back(layer);
            l.up.emplace_back();
            l.down.emplace_back();
            at(l.order, layer).push_back(d);
            chain.push_back(d);
        }
        chain.push_back(b);
        for (std::size_t k = 0; k + 1 < chain.size(); ++k) {
            at(l.down, chain[k]).push_back(chain[k + 1]);
            at(l.up, chain[k + 1]).push_back(chain[k]);
        }
        if (reversed[e]) std::reverse(chain.begin(), chain.end());
        l.chains[e] = std::move(chain);
    }

    // (4) Crossing reduction: barycentre sweeps down and up with adjacent swaps; the best order wins.
    std::vector<int> position(l.slots.size());
    number(l, position);
    const int initial_crossings = total_crossings(l, position);
    std::vector<std::vector<int>> best = l.order;
    int best_crossings = initial_crossings;
    for (int sweep = 0; sweep < s.sweeps && best_crossings > 0; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (int k = 1; k < out.layers; ++k) {
            const int layer = down ? k : out.layers - 1 - k;
            barycentre(l, position, layer, down);
            number(l, position);
            transpose(l, position, layer);
        }
        const int c = total_crossings(l, position);
        if (c < best_crossings) {
            best_crossings = c;
            best = l.order;
        }
    }
    l.order = best;
    number(l, position);

    // (5) Across the layers: centres by isotonic regression towards the neighbours' mean.
    std::vector<float> centre(l.slots.size(), 0.f);
    auto separations = [&](const std::vector<int>& members) {
        std::vector<float> sep;
        for (std::size_t k = 0; k + 1 < members.size(); ++k) {
            // Footprints start at the mark's near edge: the mark is centred, the label lies beyond it.
            const Slot& a = at(l.slots, members[k]);
            const Slot& b = at(l.slots, members[k + 1]);
            const float a_far = a.vertex < 0 ? a.across * 0.5f : a.across - mark * 0.5f;
            const float b_near = b.vertex < 0 ? b.across * 0.5f : mark * 0.5f;
            sep.push_back(a_far + s.node_gap + b_near);
        }
        return sep;
    };
    for (const auto& members : l.order) {
        std::vector<float> want(members.size(), 0.f);
        std::vector<float> placed = place(want, separations(members));
        for (std::size_t k = 0; k < members.size(); ++k) centre[static_cast<std::size_t>(members[k])] = placed[k];
    }
    for (int pass = 0; pass < 8; ++pass) {
        const bool down = pass % 2 == 0;
        for (int k = 0; k < out.layers; ++k) {
            const int layer = down ? k : out.layers - 1 - k;
            const auto& members = at(l.order, layer);
            std::vector<float> want;
            for (int slot : members) {
                const auto& up = at(l.up, slot);
                const auto& dn = at(l.down, slot);
                float sum = 0;
                int count = 0;
                for (int t : up) sum += at(centre, t), ++count;
                for (int t : dn) sum += at(centre, t), ++count;
                want.push_back(count ? sum / static_cast<float>(count) : at(centre, slot));
            }
            std::vector<float> placed = place(want, separations(members));
            for (std::size_t m = 0; m < members.size(); ++m) at(centre, members[m]) = placed[m];
        }
    }

    // (6) Along the layers: each layer is as deep as its deepest footprint.
    std::vector<float> layer_start(static_cast<std::size_t>(out.layers), 0.f),
        layer_depth(static_cast<std::size_t>(out.layers), 0.f);
    for (std::size_t k = 0; k < l.slots.size(); ++k)
        at(layer_depth, at(l.slot_layer, static_cast<int>(k))) =
            std::max(at(layer_depth, at(l.slot_layer, static_cast<int>(k))), l.slots[k].along);
    for (int k = 1; k < out.layers; ++k)
        at(layer_start, k) = at(layer_start, k - 1) + at(layer_depth, k - 1) + s.layer_gap;

    // Shift so the drawing starts at 0 across, then write everything out.
    float low = 0, high = 0;
    bool first = true;
    for (std::size_t k = 0; k < l.slots.size(); ++k) {
        const Slot& slot = l.slots[k];
        const float a = slot.vertex < 0 ? centre[k] - slot.across * 0.5f : centre[k] - mark * 0.5f;
        const float b = slot.vertex < 0 ? centre[k] + slot.across * 0.5f : a + slot.across;
        low = first ? a : std::min(low, a);
        high = first ? b : std::max(high, b);
        first = false;
    }
    auto point = [&](float along, float across) {
        return s.vertical ? LayoutPoint{across - low, along} : LayoutPoint{along, across - low};
    };
    out.centres.resize(static_cast<std::size_t>(n));
    out.labels.resize(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v) {
        const int slot = at(slot_of, v);
        const int layer = at(out.layer, v);
        const float along = at(layer_start, layer) + at(layer_depth, layer) * 0.5f;
        at(out.centres, v) = point(along, at(centre, slot));
        const LayoutPoint label = v < static_cast<int>(label_sizes.size()) ? at(label_sizes, v) : LayoutPoint{};
        if (label.x <= 0 || label.y <= 0) continue;
        const LayoutPoint c = at(out.centres, v);
        at(out.labels, v) = s.vertical
                                ? LayoutBox{c.x + mark * 0.5f + s.label_gap, c.y - label.y * 0.5f, label.x, label.y}
                                : LayoutBox{c.x - label.x * 0.5f, c.y + mark * 0.5f + s.label_gap, label.x, label.y};
    }
    // Edge paths: out of the source's layer band and into the target's, beside the marks, through
    // the dummies' slots.
    out.edge_paths.resize(g.edges.size());
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const auto& chain = l.chains[e];
        if (chain.size() < 2) continue;
        auto& path = out.edge_paths[e];
        for (std::size_t k = 0; k < chain.size(); ++k) {
            const int slot = chain[k];
            const int layer = at(l.slot_layer, slot);
            const float start = at(layer_start, layer), end = start + at(layer_depth, layer);
            const float across = at(centre, slot);
            const bool forward = at(l.slot_layer, chain.back()) > at(l.slot_layer, chain.front());
            const float enter = forward ? start : end, leave = forward ? end : start;
            if (l.slots[static_cast<std::size_t>(slot)].vertex >= 0) {
                const float mid = start + at(layer_depth, layer) * 0.5f;
                if (k > 0) path.push_back(point(enter, across));
                path.push_back(point(mid, across));
                if (k + 1 < chain.size()) path.push_back(point(leave, across));
            } else {
                path.push_back(point(enter, across));
                path.push_back(point(leave, across));
            }
        }
    }
    const float along_total = at(layer_start, out.layers - 1) + at(layer_depth, out.layers - 1);
    out.width = s.vertical ? high - low : along_total;
    out.height = s.vertical ? along_total : high - low;
    out.crossings = count_crossings(out.edge_paths);
    out.layer_crossings = best_crossings;
    out.layer_crossings_first_order = initial_crossings;
    return out;
}

}  // namespace lure
