// mpsandbox_fuel: the build-time metering pass over the guest module.
//
//   mpsandbox_fuel [--no-meter] IN.wasm OUT.wasm
//
// --no-meter adds the global and its export but no charges, and drops the markers of
// guest/patches/0002-vm-dispatch-without-setjmp.patch: an unmetered guest with the same interface, built only for the
// benchmark that measures what metering costs.
//
// Adds a mutable i64 global exported as "fuel" and charges it, in the wasm code itself:
//  - at the entry of every function that a cycle of calls can pass through more than
//    once: a function of the table (a call_indirect target) that can reach an indirect
//    call, or a function on a cycle of direct calls. Every cycle of the call graph enters
//    one of them, so the work between two charges without a loop is bounded by a
//    constant of the module. The charge is 1 + the number of top-level instructions;
//  - at every loop header (each iteration): 1 + the top-level instructions of the loop,
//    except for the interpreter's dispatch loop, which guest/patches/0002-vm-dispatch-without-setjmp.patch marks: it is
//    charged MPSBX_FUEL_BRANCH_UNITS per branch where the script placed a branch marker
//    (an import call the pass replaces), not per bytecode;
//  - before memory.fill and memory.copy: one unit per 2 bytes, about what the host's
//    memset/memcpy take per byte at bytecode's fuel rate, so bulk operations are paid for.
// When the counter drops below zero the code calls the guest's exported fuel hook
// (MPSBX_EXPORT_FUELHOOK), which asks the host for more fuel or unwinds. The charges
// depend only on the code, never on time or machine: fuel is deterministic.
//
// The garbage collector (functions named gc_*) is not metered: its work depends on the
// heap layout and on the conservative scan of the host's native stack, which differs
// between processes (ASLR) and builds. Metering it would make fuel non-deterministic.
// The guest charges it instead by what is deterministic (guest/main.c): each collection
// by the heap's size, each allocation of 4 KiB or more by its size; and its loops poll
// the deadline and interrupt flag through the host's `charge` import.
#include <wabt/binary-reader-ir.h>
#include <wabt/cast.h>
#include <wabt/binary-reader.h>
#include <wabt/binary-writer.h>
#include <wabt/common.h>
#include <wabt/error-formatter.h>
#include <wabt/feature.h>
#include <wabt/ir.h>
#include <wabt/stream.h>
#include <wabt/validator.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "mpsandbox_abi.h"

using namespace wabt;

namespace {

struct Pass {
  Module& module;
  Index fuel_global;
  Index hook_func;
  // The marker imports (MPSBX_IMPORT_FUEL_BYBRANCHES / _BRANCH), kInvalidIndex if absent.
  Index by_branches = kInvalidIndex;
  Index branch = kInvalidIndex;
  uint64_t markers = 0;

  bool is_call_to(const Expr& e, Index f) const {
    return f != kInvalidIndex && e.type() == ExprType::Call &&
           module.GetFuncIndex(cast<CallExpr>(&e)->var) == f;
  }

  // Removes a BYBRANCHES marker that every iteration of the loop reaches first: on the
  // straight-line path from the start of the loop body (into nested blocks, never past
  // a branch, if, loop or try). True if there was one.
  enum class Scan { kFound, kStop, kOn };
  Scan take_loop_marker(ExprList& body) {
    for (auto it = body.begin(); it != body.end(); ++it) {
      if (is_call_to(*it, by_branches)) {
        body.erase(it);
        ++markers;
        return Scan::kFound;
      }
      switch (it->type()) {
        case ExprType::Block: {
          const Scan s = take_loop_marker(cast<BlockExpr>(&*it)->block.exprs);
          if (s != Scan::kOn) return s;
          break;
        }
        case ExprType::Br:
        case ExprType::BrIf:
        case ExprType::BrTable:
        case ExprType::Return:
        case ExprType::If:
        case ExprType::Loop:
        case ExprType::Try:
        case ExprType::Unreachable:
        case ExprType::Throw:
        case ExprType::Rethrow:
        case ExprType::ReturnCall:
        case ExprType::ReturnCallIndirect: return Scan::kStop;
        default: break;
      }
    }
    return Scan::kOn;
  }

  // Calls f on each instruction list nested directly in `e`: the body of a block or
  // loop, both arms of an if, a try's body and its catches.
  template <typename F>
  static void for_each_body(Expr& e, F&& f) {
    switch (e.type()) {
      case ExprType::Block: f(cast<BlockExpr>(&e)->block.exprs); break;
      case ExprType::Loop: f(cast<LoopExpr>(&e)->block.exprs); break;
      case ExprType::If:
        f(cast<IfExpr>(&e)->true_.exprs);
        f(cast<IfExpr>(&e)->false_);
        break;
      case ExprType::Try: {
        auto* t = cast<TryExpr>(&e);
        f(t->block.exprs);
        for (Catch& c : t->catches) f(c.exprs);
        break;
      }
      default: break;
    }
  }

  // Unmetered build: the markers go, nothing else changes.
  void strip_markers(ExprList& exprs) {
    for (auto it = exprs.begin(); it != exprs.end();) {
      if (is_call_to(*it, by_branches) || is_call_to(*it, branch)) {
        it = exprs.erase(it);
        ++markers;
        continue;
      }
      for_each_body(*it, [&](ExprList& body) { strip_markers(body); });
      ++it;
    }
  }
  uint64_t sites = 0;

  template <typename T, typename... Args>
  static std::unique_ptr<T> make(Args&&... args) {
    return std::make_unique<T>(std::forward<Args>(args)...);
  }

  // Top-level instructions of `exprs`: the straight-line part that every pass through
  // it executes. Nested blocks count as one each, so a loop that contains an interpreter's
  // whole dispatch switch is not charged for every arm on each iteration. Every loop
  // iteration and every call costs at least one unit, which bounds all work.
  static uint64_t cost(const ExprList& exprs) { return exprs.size(); }

  // fuel -= amount; if (fuel < 0) hook();
  ExprList charge(ExprList amount) {
    ExprList out;
    out.push_back(make<GlobalGetExpr>(Var(fuel_global, Location())));
    out.splice(out.end(), amount);
    out.push_back(make<BinaryExpr>(Opcode::I64Sub));
    out.push_back(make<GlobalSetExpr>(Var(fuel_global, Location())));
    out.push_back(make<GlobalGetExpr>(Var(fuel_global, Location())));
    out.push_back(make<ConstExpr>(Const::I64(0)));
    out.push_back(make<CompareExpr>(Opcode::I64LtS));
    auto if_expr = make<IfExpr>();
    if_expr->true_.exprs.push_back(make<CallExpr>(Var(hook_func, Location())));
    out.push_back(std::move(if_expr));
    ++sites;
    return out;
  }

  ExprList charge_const(uint64_t units) {
    ExprList amount;
    amount.push_back(make<ConstExpr>(Const::I64(units)));
    return charge(std::move(amount));
  }

  void prepend(ExprList& exprs, uint64_t units) {
    ExprList c = charge_const(units);
    exprs.splice(exprs.begin(), c);
  }

  static void insert_before(ExprList& exprs, ExprList::iterator it, ExprList seq) {
    while (!seq.empty()) exprs.insert(it, seq.extract_front());
  }

  // Walks `exprs`, metering loops and bulk memory operations; `scratch` is the i32 local
  // for bulk-memory lengths, added on first use.
  void walk(Func& func, ExprList& exprs, Index& scratch) {
    for (auto it = exprs.begin(); it != exprs.end(); ++it) {
      Expr& e = *it;
      switch (e.type()) {
        case ExprType::Loop: {
          auto* l = cast<LoopExpr>(&e);
          // A loop that charges per branch itself (guest/patches/0002-vm-dispatch-without-setjmp.patch) has no header charge.
          const bool by_branch = take_loop_marker(l->block.exprs) == Scan::kFound;
          walk(func, l->block.exprs, scratch);
          if (!by_branch) prepend(l->block.exprs, cost(l->block.exprs) + 1);
          break;
        }
        case ExprType::Call:
          if (is_call_to(e, branch)) {
            insert_before(exprs, it, charge_const(MPSBX_FUEL_BRANCH_UNITS));
            it = exprs.erase(it);
            --it;  // on the charge's last instruction
            ++markers;
          } else if (is_call_to(e, by_branches)) {
            throw std::runtime_error("a " MPSBX_STR(MPSBX_IMPORT_FUEL_BYBRANCHES)
                                     " marker is not at the start of a loop body");
          }
          break;
        case ExprType::MemoryFill:
        case ExprType::MemoryCopy: {
          // The length (i32) is on top of the stack: keep it there, charge len / 2.
          if (scratch == kInvalidIndex) {
            scratch = func.GetNumParamsAndLocals();
            func.local_types.AppendDecl(Type::I32, 1);
          }
          ExprList seq;
          seq.push_back(make<LocalTeeExpr>(Var(scratch, Location())));
          ExprList amount;
          amount.push_back(make<LocalGetExpr>(Var(scratch, Location())));
          amount.push_back(make<ConvertExpr>(Opcode::I64ExtendI32U));
          amount.push_back(make<ConstExpr>(Const::I64(1)));
          amount.push_back(make<BinaryExpr>(Opcode::I64ShrU));
          ExprList c = charge(std::move(amount));
          seq.splice(seq.end(), c);
          insert_before(exprs, it, std::move(seq));
          break;
        }
        default: for_each_body(e, [&](ExprList& body) { walk(func, body, scratch); }); break;
      }
    }
  }

  // Unbounded work without loops needs recursion: a cycle in the call graph. Calls
  // through the table may reach any function of the table, so a cycle either passes
  // through an indirect call, and then enters a table function that can reach one, or
  // it is a cycle of direct calls. Only those functions are charged at entry (loops are
  // charged at their headers either way).
  std::vector<bool> entry_charged_;
  std::vector<Index> referenced_;  // functions whose reference the code takes (ref.func)

  void collect_calls(ExprList& exprs, std::vector<Index>& callees, bool& indirect) {
    for (Expr& e : exprs) {
      switch (e.type()) {
        case ExprType::Call:
        case ExprType::ReturnCall: {
          const Var& v = e.type() == ExprType::Call ? cast<CallExpr>(&e)->var
                                                     : cast<ReturnCallExpr>(&e)->var;
          callees.push_back(module.GetFuncIndex(v));
          break;
        }
        case ExprType::CallIndirect:
        case ExprType::CallRef:
        case ExprType::ReturnCallIndirect: indirect = true; break;
        case ExprType::RefFunc: referenced_.push_back(module.GetFuncIndex(cast<RefFuncExpr>(&e)->var)); break;
        default: for_each_body(e, [&](ExprList& body) { collect_calls(body, callees, indirect); }); break;
      }
    }
  }

  void find_entry_charged() {
    const Index n = static_cast<Index>(module.funcs.size());
    std::vector<std::vector<Index>> callees(n), callers(n);
    std::vector<bool> indirect(n, false);
    for (Index f = module.num_func_imports; f < n; ++f) {
      bool ind = false;
      collect_calls(module.funcs[f]->exprs, callees[f], ind);
      indirect[f] = ind;
      for (Index c : callees[f])
        if (c < n) callers[c].push_back(f);
    }
    entry_charged_.assign(n, false);
    // Functions that can reach an indirect call: backwards from those that make one.
    std::vector<Index> work;
    for (Index f = 0; f < n; ++f)
      if (indirect[f]) {
        entry_charged_[f] = true;
        work.push_back(f);
      }
    while (!work.empty()) {
      const Index f = work.back();
      work.pop_back();
      for (Index c : callers[f])
        if (!entry_charged_[c]) {
          entry_charged_[c] = true;
          work.push_back(c);
        }
    }
    // A cycle through an indirect call enters a function of the table: of the functions
    // that can reach an indirect call, only those in the table need an entry charge.
    std::vector<bool> in_table(n, false);
    for (const ElemSegment* seg : module.elem_segments)
      for (const ExprList& e : seg->elem_exprs)
        if (!e.empty() && e.front().type() == ExprType::RefFunc) {
          const Index f = module.GetFuncIndex(cast<RefFuncExpr>(&e.front())->var);
          if (f < n) in_table[f] = true;
        }
    for (Index f : referenced_)
      if (f < n) in_table[f] = true;
    for (Index f = 0; f < n; ++f) entry_charged_[f] = entry_charged_[f] && in_table[f];
    // Cycles of direct calls (Tarjan's strongly connected components).
    std::vector<int> index(n, -1), low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<Index> stack;
    int counter = 0;
    std::function<void(Index)> visit = [&](Index v) {
      index[v] = low[v] = counter++;
      stack.push_back(v);
      on_stack[v] = true;
      for (Index w : callees[v]) {
        if (w >= n || w < module.num_func_imports) continue;
        if (w == v) entry_charged_[v] = true;
        if (index[w] < 0) {
          visit(w);
          low[v] = std::min(low[v], low[w]);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
      }
      if (low[v] == index[v]) {
        std::vector<Index> scc;
        Index w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          scc.push_back(w);
        } while (w != v);
        if (scc.size() > 1)
          for (Index x : scc) entry_charged_[x] = true;
      }
    };
    for (Index f = module.num_func_imports; f < n; ++f)
      if (index[f] < 0) visit(f);
  }

  static bool unmetered(const Func& f) {
    std::string_view name = f.name;
    if (!name.empty() && name[0] == '$') name.remove_prefix(1);
    return name.substr(0, 3) == "gc_";
  }

  // Leaf helpers charged at entry although no cycle passes through them: hash-table work
  // that C loops (set operations, dict and set construction) call once per element.
  // Uncharged, `a & b` of two sets ran at 0.39 times bytecode's fuel rate. The bytecode
  // loop that fuel rates are measured against calls neither (its names are qstrs).
  static bool charged_by_name(const Func& f) {
    std::string_view name = f.name;
    if (!name.empty() && name[0] == '$') name.remove_prefix(1);
    return name == "mp_set_lookup_hash" || name == "mp_obj_hash_cpython";
  }

  size_t skipped = 0;
  size_t uncharged = 0;
  size_t by_name = 0;

  void run() {
    // Analysed before any code is added (the charges themselves call the hook).
    find_entry_charged();
    for (Index i = module.num_func_imports; i < module.funcs.size(); ++i) {
      if (i == hook_func) continue;  // the hook must not recurse into itself
      Func& f = *module.funcs[i];
      if (unmetered(f)) {
        ++skipped;
        continue;
      }
      Index scratch = kInvalidIndex;
      walk(f, f.exprs, scratch);
      const bool named = charged_by_name(f);
      by_name += named;
      if (entry_charged_[i] || named) {
        prepend(f.exprs, cost(f.exprs) + 1);
      } else {
        ++uncharged;
      }
    }
  }
};

int fail(const std::string& msg) {
  std::fprintf(stderr, "mpsandbox_fuel: %s\n", msg.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  bool meter = true;
  if (argc == 4 && std::string(argv[1]) == "--no-meter") {
    meter = false;
    ++argv;
    --argc;
  }
  if (argc != 3) return fail("usage: mpsandbox_fuel [--no-meter] IN.wasm OUT.wasm");
  std::vector<uint8_t> data;
  if (Failed(ReadFile(argv[1], &data))) return fail(std::string("cannot read ") + argv[1]);

  Features features;
  features.EnableAll();
  Errors errors;
  Module module;
  ReadBinaryOptions read_options(features, nullptr, /*read_debug_names=*/true,
                                 /*stop_on_first_error=*/true,
                                 /*fail_on_custom_section_error=*/false);
  if (Failed(ReadBinaryIr(argv[1], data.data(), data.size(), read_options, &errors, &module))) {
    FormatErrorsToFile(errors, Location::Type::Binary);
    return fail("cannot parse the module");
  }

  const Export* hook = module.GetExport(MPSBX_STR(MPSBX_EXPORT_FUELHOOK));
  if (!hook || hook->kind != ExternalKind::Func)
    return fail("the module does not export the fuel hook " MPSBX_STR(MPSBX_EXPORT_FUELHOOK));
  if (module.GetExport(MPSBX_STR(MPSBX_EXPORT_FUEL)))
    return fail("the module is already metered");

  auto global = std::make_unique<GlobalModuleField>(Location(), "$mpsbx_fuel");
  global->global.type = Type::I64;
  global->global.mutable_ = true;
  global->global.init_expr.push_back(std::make_unique<ConstExpr>(Const::I64(0)));
  const Index fuel_global = static_cast<Index>(module.globals.size());
  module.AppendField(std::move(global));
  auto exp = std::make_unique<ExportModuleField>();
  exp->export_.name = MPSBX_STR(MPSBX_EXPORT_FUEL);
  exp->export_.kind = ExternalKind::Global;
  exp->export_.var = Var(fuel_global, Location());
  module.AppendField(std::move(exp));

  Pass pass{module, fuel_global, module.GetFuncIndex(hook->var)};
  {
    Index func_index = 0;
    for (const Import* imp : module.imports) {
      if (imp->kind() != ExternalKind::Func) continue;
      if (imp->module_name == MPSBX_IMPORT_MODULE) {
        if (imp->field_name == MPSBX_STR(MPSBX_IMPORT_FUEL_BYBRANCHES)) pass.by_branches = func_index;
        if (imp->field_name == MPSBX_STR(MPSBX_IMPORT_FUEL_BRANCH)) pass.branch = func_index;
      }
      ++func_index;
    }
  }
  try {
    if (meter) {
      pass.run();
    } else {
      for (Index i = module.num_func_imports; i < module.funcs.size(); ++i)
        pass.strip_markers(module.funcs[i]->exprs);
    }
  } catch (const std::runtime_error& e) {
    return fail(e.what());
  }
  if ((pass.by_branches != kInvalidIndex || pass.branch != kInvalidIndex) && pass.markers == 0)
    return fail("the fuel marker imports are never called");

  ValidateOptions validate_options(features);
  if (Failed(ValidateModule(&module, &errors, validate_options))) {
    FormatErrorsToFile(errors, Location::Type::Binary);
    return fail("the metered module does not validate");
  }
  MemoryStream stream;
  WriteBinaryOptions write_options(features, /*canonicalize_lebs=*/true, /*relocatable=*/false,
                                   /*write_debug_names=*/true);
  if (Failed(WriteBinaryModule(&stream, &module, write_options)))
    return fail("cannot encode the metered module");
  if (Failed(stream.WriteToFile(argv[2]))) return fail(std::string("cannot write ") + argv[2]);
  if (!meter) {
    std::printf("mpsandbox_fuel: fuel global added, no metering (--no-meter); %llu fuel markers removed\n",
                static_cast<unsigned long long>(pass.markers));
    return 0;
  }
  if (pass.skipped == 0) return fail("no gc_* functions found: is the name section missing?");
  if (pass.by_name != 2)
    return fail("the helpers charged at entry by name are not all there (renamed or inlined?): " +
                std::to_string(pass.by_name));
  std::printf("mpsandbox_fuel: %llu metering sites in %zu functions (%zu gc_* functions unmetered, "
              "%zu not charged at entry; %llu fuel markers)\n",
              static_cast<unsigned long long>(pass.sites),
              module.funcs.size() - module.num_func_imports, pass.skipped, pass.uncharged,
              static_cast<unsigned long long>(pass.markers));
  return 0;
}
